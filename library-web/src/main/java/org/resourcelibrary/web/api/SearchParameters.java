package org.resourcelibrary.web.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The query parameters of {@code GET /api/search} and how they become a {@link SearchRequest}: {@code q}, one
 * repeatable parameter per facet dimension ({@code country}, {@code region}, {@code topic}, {@code type},
 * {@code language}, {@code year}, {@code organization}), {@code year_from}, {@code year_to}, {@code sort},
 * {@code page}, {@code size}, {@code cursor} and {@code lang} (label language).
 */
final class SearchParameters {

    static final String QUERY = "q";
    static final String YEAR_FROM = "year_from";
    static final String YEAR_TO = "year_to";
    static final String SORT = "sort";
    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String CURSOR = "cursor";
    static final String LANG = "lang";

    /** Every parameter {@code GET /api/search} takes. */
    static final Set<String> NAMES = names();

    private SearchParameters() {
    }

    /**
     * The search a request asks for, checked against the vocabulary.
     *
     * @throws InvalidRequestException naming the first parameter at fault
     */
    static SearchRequest request(QueryParameters parameters, Vocabulary vocabulary) {
        SearchRequest.Builder builder = SearchRequest.builder()
                .query(parameters.single(QUERY, ""))
                .years(parameters.integer(YEAR_FROM), parameters.integer(YEAR_TO))
                .sort(sort(parameters.single(SORT)))
                .page(parameters.integer(PAGE, 1))
                .size(parameters.integer(SIZE, SearchRequest.DEFAULT_SIZE))
                .cursor(parameters.single(CURSOR))
                .labelLanguage(parameters.single(LANG, Vocabulary.DEFAULT_LANGUAGE));
        for (Dimension dimension : Dimension.values()) {
            builder.filter(dimension, parameters.all(dimension.param()));
        }
        return builder.build().validate(vocabulary);
    }

    /**
     * The search a query string names (as stored with an alert), for as many hits as a page may have: paging
     * parameters are the caller's, not the stored search's.
     */
    static SearchRequest fromQueryString(String queryString, Vocabulary vocabulary) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : queryString == null ? new String[0] : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!Set.of(PAGE, SIZE, CURSOR).contains(name)) {
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        values.put(SIZE, List.of(String.valueOf(SearchRequest.MAX_SIZE)));
        return request(QueryParameters.of(values, NAMES), vocabulary);
    }

    private static Sort sort(String value) {
        if (value == null) {
            return null;
        }
        return Sort.fromParam(value).orElseThrow(() -> new InvalidRequestException(SORT, "sort must be one of "
                + Arrays.stream(Sort.values()).map(Sort::param).toList() + ", got '"
                + QueryParameters.shorten(value) + "'"));
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(Set.of(QUERY, YEAR_FROM, YEAR_TO, SORT, PAGE, SIZE, CURSOR, LANG));
        for (Dimension dimension : Dimension.values()) {
            names.add(dimension.param());
        }
        return Set.copyOf(names);
    }
}
