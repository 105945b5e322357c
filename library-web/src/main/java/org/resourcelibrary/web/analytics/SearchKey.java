package org.resourcelibrary.web.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;

/**
 * A search as analytics count it: the words as typed (spaces collapsed, lower case), its filters in one order
 * (as a query string, {@code country=ZM&topic=supervision}), and the language the member reads.
 *
 * @param query   the normalised words; empty when the member only browsed by filters
 * @param filters the filters as a query string in dimension order, values sorted; empty when none
 * @param lang    the member's language (en, fr, es, pt)
 */
public record SearchKey(String query, String filters, String lang) {

    /** The key of a search made by a member reading {@code lang}. */
    public static SearchKey of(SearchRequest request, String lang) {
        return new SearchKey(normalise(request.query()), filters(request), lang);
    }

    /** The words as analytics keep them: what was typed, spaces collapsed, in lower case. */
    public static String normalise(String query) {
        return query == null ? "" : query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The search's filters as a query string, the same for the same filters however they were given. */
    static String filters(SearchRequest request) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Dimension, List<String>> entry : request.filters().entrySet()) {
            entry.getValue().stream().sorted().forEach(value -> parts.add(entry.getKey().param() + "="
                    + encode(value)));
        }
        if (request.yearFrom() != null) {
            parts.add(SearchParameters.YEAR_FROM + "=" + request.yearFrom());
        }
        if (request.yearTo() != null) {
            parts.add(SearchParameters.YEAR_TO + "=" + request.yearTo());
        }
        return String.join("&", parts);
    }

    /** Whether there is anything to count: a landing on the search page with no words nor filters is not a search. */
    public boolean isSearch() {
        return !query.isEmpty() || !filters.isEmpty();
    }

    /** The search's parameters as a query string: words, filters and language. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        if (!query.isEmpty()) {
            parts.add(SearchParameters.QUERY + "=" + encode(query));
        }
        if (!filters.isEmpty()) {
            parts.add(filters);
        }
        parts.add(SearchParameters.LANG + "=" + lang);
        return String.join("&", parts);
    }

    /** The search as a member sees it on the search page. */
    public String memberHref() {
        return "/?" + queryString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
