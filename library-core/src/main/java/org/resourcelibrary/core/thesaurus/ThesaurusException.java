package org.resourcelibrary.core.thesaurus;

import java.util.Arrays;
import java.util.List;

/**
 * A thesaurus file that cannot be used, with the line at fault (1-based; 0 when it is the whole file) and why, as
 * a refusal an interface can say in its language.
 */
public final class ThesaurusException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final transient ThesaurusRefusal refusal;
    private final transient List<Object> arguments;

    public ThesaurusException(int line, ThesaurusRefusal refusal, Object... arguments) {
        super("line " + line + ": " + refusal.english(arguments));
        this.line = line;
        this.refusal = refusal;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public int line() {
        return line;
    }

    public ThesaurusRefusal refusal() {
        return refusal;
    }

    /** What the refusal's wording names, in its placeholders' order. */
    public List<Object> arguments() {
        return arguments;
    }
}
