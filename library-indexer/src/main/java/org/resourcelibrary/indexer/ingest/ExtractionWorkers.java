package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.resourcelibrary.indexer.extract.ExtractionSettings;
import org.resourcelibrary.indexer.extract.Extractor;

/**
 * An {@link Extractor} started on first use, so that a run with nothing to extract (a re-run with nothing
 * changed, a dry run) starts no worker JVM.
 */
public final class ExtractionWorkers implements Supplier<Extractor>, AutoCloseable {

    private final ExtractionSettings settings;
    private Extractor extractor;

    public ExtractionWorkers(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** @throws UncheckedIOException when the worker JVMs cannot be started */
    @Override
    public synchronized Extractor get() {
        if (extractor == null) {
            try {
                extractor = new Extractor(settings);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the extraction workers: " + e.getMessage(), e);
            }
        }
        return extractor;
    }

    /** Whether the workers were started. */
    public synchronized boolean started() {
        return extractor != null;
    }

    @Override
    public synchronized void close() {
        if (extractor != null) {
            extractor.close();
            extractor = null;
        }
    }
}
