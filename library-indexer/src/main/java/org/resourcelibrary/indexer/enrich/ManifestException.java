package org.resourcelibrary.indexer.enrich;

/** A manifest that cannot be read at all: not CSV, no header, no file column. The message names the line. */
public final class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ManifestException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** A problem with the whole file rather than a line of it (its encoding): {@link #line()} is 0. */
    public ManifestException(String message) {
        super(message);
        this.line = 0;
    }

    public ManifestException(int line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
    }

    /** The line the problem is on; 0 for the whole file. */
    public int line() {
        return line;
    }
}
