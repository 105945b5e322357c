package org.resourcelibrary.web;

import java.nio.file.ReadOnlyFileSystemException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A change that failed because the data directory's disk is full (507 Insufficient Storage) or read-only
 * (503 Service Unavailable): a server condition a librarian should be told about plainly, not a bare 500.
 * Searching goes on meanwhile; the library keeps its last committed state.
 */
final class StorageTrouble {

    private static final String FULL = "No space left on device";
    private static final String QUOTA = "Disk quota exceeded";
    private static final String READ_ONLY = "Read-only file system";

    private StorageTrouble() {
    }

    /** The problem to answer when {@code failure} (or one of its causes) is a full or read-only disk. */
    static Optional<Problem> of(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains(FULL) || message.contains(QUOTA)) {
                return Optional.of(Problem.of(507, "Insufficient storage", "the library's disk is full ("
                        + (message.contains(QUOTA) ? QUOTA : FULL) + "): the change was not made and the library is "
                        + "as it was; free space in the data directory and try again"));
            }
            if (message.contains(READ_ONLY) || cause instanceof ReadOnlyFileSystemException) {
                return Optional.of(Problem.of(503, "Service unavailable", "the library's data directory is read-only ("
                        + READ_ONLY + "): nothing can be changed until it is writable again; searching still works"));
            }
        }
        return Optional.empty();
    }
}
