/**
 * The source format of the sample library: a header of metadata and a lightly marked-up body (see
 * {@code sample-docs/src/content/README.md}), parsed and validated into a {@link
 * org.resourcelibrary.samples.source.SourceDocument} that the renderers turn into real files.
 */
package org.resourcelibrary.samples.source;
