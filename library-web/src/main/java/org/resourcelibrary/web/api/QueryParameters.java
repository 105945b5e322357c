package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.ParameterValues;
import org.resourcelibrary.core.search.SearchParameters;

/**
 * A request's query parameters, read strictly: a parameter the endpoint does not take, a repeated single-valued
 * parameter, a number that is not one or a value that is not valid percent-encoding is a 400 naming the
 * parameter, never silently ignored. An empty value counts as absent (as an empty form field sends it).
 */
final class QueryParameters {

    private final ParameterValues values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = new ParameterValues(values);
    }

    /**
     * The query parameters of {@code ctx}.
     *
     * @throws InvalidRequestException naming the first parameter the endpoint does not take
     */
    static QueryParameters of(Context ctx, Set<String> accepted) {
        return of(SearchParameters.decode(ctx.queryString()), accepted);
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

    /** The value of a single-valued parameter, or null when absent or empty. */
    String single(String name) {
        return values.single(name);
    }

    String single(String name, String fallback) {
        String value = single(name);
        return value == null ? fallback : value;
    }

    /** A whole number within bounds, or the fallback when absent. */
    int bounded(String name, int fallback, int min, int max) {
        Integer given = values.integer(name, max);
        int value = given == null ? fallback : given;
        if (value < min || value > max) {
            throw new InvalidRequestException(name, name + " must be between " + min + " and " + max + ", got "
                    + value);
        }
        return value;
    }

    /** Quoted back in an error message, a value is cut short: a message is no place for a megabyte. */
    static String shorten(String value) {
        return ParameterValues.quoted(value);
    }
}
