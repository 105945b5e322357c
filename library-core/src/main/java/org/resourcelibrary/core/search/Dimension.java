package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A facet dimension. Its {@link #param()} is the name used in URLs, JSON and the CLI. */
public enum Dimension {
    COUNTRY("country"),
    REGION("region"),
    TOPIC("topic"),
    TYPE("type"),
    LANGUAGE("language"),
    YEAR("year"),
    ORGANIZATION("organization");

    private final String param;

    Dimension(String param) {
        this.param = param;
    }

    @JsonValue
    public String param() {
        return param;
    }

    /** Whether its values are vocabulary codes (as opposed to free values such as organisation names). */
    public boolean controlled() {
        return this != YEAR && this != ORGANIZATION;
    }

    public static Optional<Dimension> fromParam(String param) {
        return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
    }
}
