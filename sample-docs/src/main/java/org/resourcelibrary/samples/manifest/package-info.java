/**
 * The spreadsheets written beside the sample library: the librarian's {@code manifest.csv} (names and labels
 * as a person types them, with some rows in codes) and the ground-truth {@code golden/truth.csv} (codes only)
 * used to measure metadata inference, and the judgments of the multilingual query set, by rule from that truth.
 */
package org.resourcelibrary.samples.manifest;
