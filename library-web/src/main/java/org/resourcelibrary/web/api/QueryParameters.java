package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.resourcelibrary.core.search.InvalidRequestException;

/**
 * A request's query parameters, read strictly: a parameter the endpoint does not take, a repeated single-valued
 * parameter or a number that is not one is a 400 naming the parameter, never silently ignored. An empty value
 * counts as absent (as an empty form field sends it).
 */
final class QueryParameters {

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The query parameters of {@code ctx}.
     *
     * @throws InvalidRequestException naming the first parameter the endpoint does not take
     */
    static QueryParameters of(Context ctx, Set<String> accepted) {
        return of(ctx.queryParamMap(), accepted);
    }

    /** Parameters given as a map (a stored query string's), read as strictly as a request's. */
    static QueryParameters of(Map<String, List<String>> values, Set<String> accepted) {
        for (String name : new TreeSet<>(values.keySet())) {
            if (!accepted.contains(name)) {
                throw new InvalidRequestException(name, "unknown parameter '" + name + "'; this endpoint takes "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
        }
        return new QueryParameters(values);
    }

    /** Every non-empty value of a repeatable parameter. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    /** The value of a single-valued parameter, or null when absent or empty. */
    String single(String name) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new InvalidRequestException(name, name + " is given " + given.size() + " times; give it once");
        }
        return given.isEmpty() ? null : given.get(0);
    }

    String single(String name, String fallback) {
        String value = single(name);
        return value == null ? fallback : value;
    }

    /** A whole-number parameter, or null when absent. */
    Integer integer(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number, got '" + shorten(value) + "'");
        }
    }

    int integer(String name, int fallback) {
        Integer value = integer(name);
        return value == null ? fallback : value;
    }

    /** A whole number within bounds, or the fallback when absent. */
    int bounded(String name, int fallback, int min, int max) {
        int value = integer(name, fallback);
        if (value < min || value > max) {
            throw new InvalidRequestException(name, name + " must be between " + min + " and " + max + ", got "
                    + value);
        }
        return value;
    }

    /** Quoted back in an error message, a value is cut short: a message is no place for a megabyte. */
    static String shorten(String value) {
        int limit = 40;
        return value.length() <= limit ? value : value.substring(0, limit) + "…";
    }
}
