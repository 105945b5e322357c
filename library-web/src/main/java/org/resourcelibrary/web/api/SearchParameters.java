package org.resourcelibrary.web.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
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
 * {@code page}, {@code size}, {@code cursor}, {@code lang} (label language) and {@code expand} (false: no
 * other languages' labels from the thesaurus).
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
    static final String EXPAND = "expand";

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
                .labelLanguage(parameters.single(LANG, Vocabulary.DEFAULT_LANGUAGE))
                .expand(SearchRequest.expandFlag(parameters.single(EXPAND)));
        for (Dimension dimension : Dimension.values()) {
            builder.filter(dimension, parameters.all(dimension.param()));
        }
        return builder.build().validate(vocabulary);
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
        Set<String> names = new LinkedHashSet<>(Set.of(QUERY, YEAR_FROM, YEAR_TO, SORT, PAGE, SIZE, CURSOR, LANG,
                EXPAND));
        for (Dimension dimension : Dimension.values()) {
            names.add(dimension.param());
        }
        return Set.copyOf(names);
    }
}
