package org.resourcelibrary.indexer.enrich;

import org.resourcelibrary.core.model.Metadata;

/**
 * One document's row of the librarian's manifest.
 *
 * @param line   the line of the manifest the row starts on (1 is the header)
 * @param file   the document's path relative to the ingest root, {@code /}-separated
 * @param values the metadata the row gives, as codes
 */
public record ManifestRow(int line, String file, Metadata values) {
}
