package org.resourcelibrary.indexer.ingest;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request, from outside a running ingest, to stop it early (the librarian pressed Ctrl-C, the service is
 * stopping): files not yet started are left for the next run and reported {@code skipped} with reason
 * {@value #REASON}; what is done is committed and the report says {@code interrupted}.
 */
public final class IngestStop {

    /** The report's reason for a file the run did not reach. */
    public static final String REASON = "interrupted";

    private final AtomicBoolean requested = new AtomicBoolean();

    /** Asks the run to stop; whether this was the first request. */
    public boolean request() {
        return requested.compareAndSet(false, true);
    }

    public boolean requested() {
        return requested.get();
    }
}
