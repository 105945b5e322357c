package org.resourcelibrary.core.search;

import java.util.List;
import java.util.Map;

/**
 * Named parameters as every door reads them (API, page, CLI): empty values count as absent (as an empty form
 * field sends them), a single-valued parameter given twice is refused, a number that is not one or is too large
 * to read says so. Each fault is an {@link InvalidRequestException} naming the parameter.
 *
 * @param parameters each parameter's values, as given
 */
public record ParameterValues(Map<String, List<String>> parameters) {

    /** Longest value quoted back in a message: a message is no place for a megabyte. */
    private static final int QUOTED_LENGTH = 40;

    /** Every non-empty value of a repeatable parameter, stripped. */
    public List<String> all(String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
    }

    /** The value of a single-valued parameter, or null when absent or empty. */
    public String single(String name) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new InvalidRequestException(name, SearchRefusal.GIVEN_TWICE, name, given.size());
        }
        return given.isEmpty() ? null : given.get(0);
    }

    /**
     * A whole number, or null when absent.
     *
     * @param limit the largest value taken, named when a number is too large even to read
     */
    public Integer integer(String name, int limit) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            if (value.matches("[+-]?\\d+")) {
                throw value.startsWith("-")
                        ? new InvalidRequestException(name, SearchRefusal.NUMBER_TOO_SMALL, name, quoted(value))
                        : new InvalidRequestException(name, SearchRefusal.NUMBER_TOO_LARGE, name, quoted(value), limit);
            }
            throw new InvalidRequestException(name, SearchRefusal.NOT_A_NUMBER, name, quoted(value));
        }
    }

    /** Quoted back in an error message, a value is cut short. */
    public static String quoted(String value) {
        return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
    }
}
