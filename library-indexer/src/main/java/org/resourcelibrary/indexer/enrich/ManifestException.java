package org.resourcelibrary.indexer.enrich;

/** A manifest that cannot be read at all: not CSV, no header, no file column. The message names the line. */
public final class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public ManifestException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public ManifestException(int line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
