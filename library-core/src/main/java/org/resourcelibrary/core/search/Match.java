package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How the words of a query must match: the {@code match} parameter. */
public enum Match {
    /**
     * Every word of a query of up to three words (stop words aside); when no document has them all, those
     * with most of them, and the response says it was relaxed. A longer query (a question typed as a
     * sentence) ranks documents by how many of its words they have. Words joined by {@code AND} always match.
     */
    AUTO("auto"),
    /** Every word must match, however long the query: the strict search, never relaxed. */
    ALL("all");

    private final String param;

    Match(String param) {
        this.param = param;
    }

    @JsonValue
    public String param() {
        return param;
    }

    public static Optional<Match> fromParam(String param) {
        return Arrays.stream(values()).filter(m -> m.param.equals(param)).findFirst();
    }

    /**
     * The matching a {@code match} parameter names, or null when it is absent.
     *
     * @throws InvalidRequestException (parameter {@code match}) naming the values it can take
     */
    public static Match parse(String param) {
        if (param == null) {
            return null;
        }
        return fromParam(param).orElseThrow(() -> new InvalidRequestException("match", SearchRefusal.MATCH,
                Arrays.stream(values()).map(Match::param).toList().toString(), ParameterValues.quoted(param)));
    }
}
