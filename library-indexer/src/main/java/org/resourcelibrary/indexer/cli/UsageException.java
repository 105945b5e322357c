package org.resourcelibrary.indexer.cli;

/** Input the command cannot work with (a missing file, a bad value): exit code 2, the message on stderr. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
