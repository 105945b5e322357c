package org.resourcelibrary.core;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The library's backend could not answer (a SolrCloud node or ZooKeeper unreachable, or too slow): not the caller's
 * fault, and worth retrying later. The service answers it with 503; the command line prints its one-line message.
 */
public class LibraryUnavailableException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and where (the backend's address), in one line */
    public LibraryUnavailableException(String message, Throwable cause) {
        super(message, new IOException(message, cause));
    }
}
