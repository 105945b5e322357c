package org.resourcelibrary.indexer.ingest;

import java.util.Objects;
import org.resourcelibrary.indexer.extract.ExtractionSettings;

/**
 * How ingest runs.
 *
 * @param extraction  how files are extracted; its {@code threads} ({@code --threads}) is also the number of
 *                    files hashed and catalogued at once
 * @param commitEvery documents written between two commits: what a crash can cost at most
 */
public record IngestSettings(ExtractionSettings extraction, int commitEvery) {

    public static final int DEFAULT_COMMIT_EVERY = 200;

    public IngestSettings {
        Objects.requireNonNull(extraction, "extraction");
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be positive, was " + commitEvery);
        }
    }

    /** All cores, commits every {@value #DEFAULT_COMMIT_EVERY} documents. */
    public static IngestSettings defaults() {
        return new IngestSettings(ExtractionSettings.defaults(), DEFAULT_COMMIT_EVERY);
    }

    public int threads() {
        return extraction.threads();
    }

    public IngestSettings withExtraction(ExtractionSettings value) {
        return new IngestSettings(value, commitEvery);
    }

    public IngestSettings withThreads(int value) {
        return withExtraction(extraction.withThreads(value));
    }

    public IngestSettings withCommitEvery(int value) {
        return new IngestSettings(extraction, value);
    }
}
