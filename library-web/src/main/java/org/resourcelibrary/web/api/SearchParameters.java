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
import org.resourcelibrary.core.search.Match;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The query parameters of {@code GET /api/search} and how they become a {@link SearchRequest}: {@code q}, one
 * repeatable parameter per facet dimension ({@code country}, {@code region}, {@code topic}, {@code type},
 * {@code language}, {@code year}, {@code organization}), {@code year_from}, {@code year_to}, {@code sort},
 * {@code page}, {@code size}, {@code cursor}, {@code lang} (label language, and the language the member
 * reads, which the {@code Accept-Language} header says when {@code lang} does not) and {@code match}.
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
    static final String MATCH = "match";

    /** Every parameter {@code GET /api/search} takes. */
    static final Set<String> NAMES = names();

    private SearchParameters() {
    }

    /**
     * The search a request asks for, checked against the vocabulary.
     *
     * @param acceptLanguage the request's {@code Accept-Language} header, or null
     * @throws InvalidRequestException naming the first parameter at fault
     */
    static SearchRequest request(QueryParameters parameters, Vocabulary vocabulary, String acceptLanguage) {
        String lang = parameters.single(LANG);
        SearchRequest.Builder builder = SearchRequest.builder()
                .query(parameters.single(QUERY, ""))
                .years(parameters.integer(YEAR_FROM), parameters.integer(YEAR_TO))
                .sort(sort(parameters.single(SORT)))
                .page(parameters.integer(PAGE, 1))
                .size(parameters.integer(SIZE, SearchRequest.DEFAULT_SIZE))
                .cursor(parameters.single(CURSOR))
                .labelLanguage(lang == null ? Vocabulary.DEFAULT_LANGUAGE : lang)
                .memberLanguage(MemberLanguage.of(lang, acceptLanguage))
                .match(Match.parse(parameters.single(MATCH)));
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
        // A stored search has no browser: only its own lang says which language its member reads.
        return request(QueryParameters.of(values, NAMES), vocabulary, null);
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
        Set<String> names = new LinkedHashSet<>(Set.of(QUERY, YEAR_FROM, YEAR_TO, SORT, PAGE, SIZE, CURSOR, LANG, MATCH));
        for (Dimension dimension : Dimension.values()) {
            names.add(dimension.param());
        }
        return Set.copyOf(names);
    }
}
