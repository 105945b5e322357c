package org.resourcelibrary.indexer.ingest;

/**
 * An input file of this run and what it is for its document.
 *
 * @param movedFrom for a document found at a new path after its old one disappeared: the old path, else null
 */
record Placement(SourceFile file, ItemStatus status, String movedFrom) {

    Placement(SourceFile file, ItemStatus status) {
        this(file, status, null);
    }
}
