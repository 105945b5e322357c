/**
 * The sample library's generator: reads the sources under {@code sample-docs/src/content}, renders each into
 * a real file under {@code sample-docs/library}, and writes the librarian's {@code manifest.csv} and the
 * ground truth {@code golden/truth.csv}. Sub-packages: the source format, the renderers, the spreadsheets,
 * and the synthetic corpus for scale work.
 */
package org.resourcelibrary.samples;
