package org.resourcelibrary.core.lucene;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (a running server or ingest) is writing to this library's index. */
public final class LibraryLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    public LibraryLockedException(Path indexDir) {
        super("the library index at " + indexDir + " is in use by another process (a running `serve` or"
                + " `ingest`); stop it or use a different --data directory");
    }
}
