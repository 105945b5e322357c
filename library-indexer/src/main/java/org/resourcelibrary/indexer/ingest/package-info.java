/**
 * The ingest pipeline: folders, zip files and uploads become resources of the library.
 *
 * <p>{@link org.resourcelibrary.indexer.ingest.IngestPipeline} scans the sources (unpacking zips), plans
 * against what the library already holds (the index is the ledger: each resource lists where it was found),
 * extracts only new or changed content on all cores, enriches it, stores the original and its text, indexes
 * it and commits every few hundred documents. A zip given without a manifest may carry its own
 * {@code manifest.csv} ({@link org.resourcelibrary.indexer.ingest.ManifestLookup}). Every input file ends as one
 * {@link org.resourcelibrary.indexer.ingest.IngestItem} of the {@link org.resourcelibrary.indexer.ingest.IngestReport}.
 * {@link org.resourcelibrary.indexer.ingest.Librarian} is the same machinery for one file at a time (uploads,
 * deletions, metadata edits) and for zip uploads run as background jobs.
 */
package org.resourcelibrary.indexer.ingest;
