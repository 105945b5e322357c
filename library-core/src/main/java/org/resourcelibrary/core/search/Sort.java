package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Result order. */
public enum Sort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    OLDEST("oldest"),
    TITLE("title");

    private final String param;

    Sort(String param) {
        this.param = param;
    }

    @JsonValue
    public String param() {
        return param;
    }

    public static Optional<Sort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
