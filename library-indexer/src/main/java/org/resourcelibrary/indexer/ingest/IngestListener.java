package org.resourcelibrary.indexer.ingest;

/**
 * Follows an ingest as it runs (a progress bar, a job's progress). Called from the ingest's threads: an
 * implementation must be thread-safe and quick.
 */
public interface IngestListener {

    /** Listens to nothing. */
    IngestListener NONE = new IngestListener() {
    };

    /** The scan is done: {@code files} input files will each end as one item. */
    default void planned(int files) {
    }

    /** One input file is done (or one removed path recorded). */
    default void done(IngestItem item) {
    }
}
