package org.resourcelibrary.core.thesaurus;

/** A thesaurus file that cannot be used, with the line at fault (1-based; 0 when it is the whole file). */
public final class ThesaurusException extends IllegalArgumentException {

    private final int line;

    public ThesaurusException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
