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
    private boolean stopped;

    public ExtractionWorkers(ExtractionSettings settings) {
        this.settings = settings;
    }

    /**
     * @throws UncheckedIOException when the worker JVMs cannot be started, or were {@link #stopNow() stopped} or
     *                              {@link #close() closed}
     */
    @Override
    public synchronized Extractor get() {
        if (stopped && extractor == null) {
            throw new UncheckedIOException(new IOException("the extraction workers were stopped"));
        }
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

    /**
     * Kills the workers now, files in progress included, and waits until they are gone (see
     * {@link Extractor#stopNow()}); none starts after this. Safe from any thread, e.g. a signal's.
     */
    public void stopNow() {
        Extractor running;
        synchronized (this) {
            stopped = true;
            running = extractor;
        }
        if (running != null) {
            running.stopNow();
        }
    }

    /** Stops the workers once the files in progress are done; none starts after this (a late warm-up's included). */
    @Override
    public synchronized void close() {
        stopped = true;
        if (extractor != null) {
            extractor.close();
            extractor = null;
        }
    }
}
