package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.Match;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * What the search page was asked for, as it appears in its bookmarkable URL
 * ({@code /?q=…&country=ZM&type=toolkit}), with the URLs of its variations: a facet value ticked or
 * removed, another page, another sort. Unset values stay unset so that URLs stay short.
 *
 * @param filters selected facet values by dimension (the year range is {@code yearFrom}/{@code yearTo})
 * @param sort    null for the default order (relevance with words, newest without)
 * @param size    null for the default page size
 * @param lang    null for the default label language
 * @param match   null for the default matching ({@link Match#AUTO}); {@link Match#ALL} for the strict search
 * @param expand  null for the default (the thesaurus adds other languages' labels), false to search only the
 *                words as typed
 */
public record SearchForm(
        String q,
        Map<Dimension, List<String>> filters,
        Integer yearFrom,
        Integer yearTo,
        Sort sort,
        int page,
        Integer size,
        String lang,
        Match match,
        Boolean expand) {

    /** Dimensions filtered by repeatable parameters named after them; years are a range instead. */
    public static final List<Dimension> FILTERS = Dimension.filters();

    public SearchForm {
        q = q == null ? "" : q.strip();
        TreeMap<Dimension, List<String>> copy = new TreeMap<>();
        filters.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copy.put(dimension, List.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        expand = Boolean.TRUE.equals(expand) ? null : expand;
    }

    /** The empty search: the whole library, newest first. */
    public static SearchForm empty() {
        return new SearchForm("", Map.of(), null, null, null, 1, null, null, null, null);
    }

    /**
     * Reads the page's parameters as the API reads its own ({@link SearchParameters}), except that unknown
     * parameters are ignored, as links from elsewhere may carry their own. Values not given stay unset, so that
     * the page's URLs stay short.
     *
     * @throws InvalidRequestException naming the parameter at fault
     */
    public static SearchForm from(Context ctx, Vocabulary vocabulary) {
        Map<String, List<String>> parameters = SearchParameters.decode(ctx.queryString());
        SearchRequest request = new SearchParameters(vocabulary, SearchParameters.Mode.LENIENT).parse(parameters);
        TreeMap<Dimension, List<String>> filters = new TreeMap<>();
        FILTERS.forEach(dimension -> filters.put(dimension, request.selected(dimension)));
        return new SearchForm(request.query(), filters, request.yearFrom(), request.yearTo(),
                given(parameters, SearchParameters.SORT) ? request.sort() : null, request.page(),
                given(parameters, SearchParameters.SIZE) ? request.size() : null,
                given(parameters, SearchParameters.LANG) ? request.labelLanguage() : null,
                given(parameters, SearchParameters.MATCH) ? request.match() : null,
                request.expand() ? null : Boolean.FALSE);
    }

    private static boolean given(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().anyMatch(value -> !value.isBlank());
    }

    /** The core request this form asks for. */
    public SearchRequest request() {
        SearchRequest.Builder builder = SearchRequest.builder().query(q).years(yearFrom, yearTo).sort(sort)
                .page(page).size(size == null ? SearchRequest.DEFAULT_SIZE : size).labelLanguage(lang).match(match)
                .expand(expand == null);
        filters.forEach(builder::filter);
        return builder.build();
    }

    public List<String> selected(Dimension dimension) {
        return filters.getOrDefault(dimension, List.of());
    }

    /** Whether any facet value or year bound narrows the search. */
    public boolean filtered() {
        return !filters.isEmpty() || yearFrom != null || yearTo != null;
    }

    // ---- variations, as new forms; any change of what is searched goes back to page 1 ----------------

    public SearchForm toggled(Dimension dimension, String value) {
        TreeMap<Dimension, List<String>> changed = new TreeMap<>();
        changed.putAll(filters);
        List<String> values = new ArrayList<>(selected(dimension));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(dimension, values);
        return new SearchForm(q, changed, yearFrom, yearTo, sort, 1, size, lang, match, expand);
    }

    public SearchForm withoutYears() {
        return new SearchForm(q, filters, null, null, sort, 1, size, lang, match, expand);
    }

    public SearchForm withYears(Integer from, Integer to) {
        return new SearchForm(q, filters, from, to, sort, 1, size, lang, match, expand);
    }

    /** The same words without any filter. */
    public SearchForm cleared() {
        return new SearchForm(q, Map.of(), null, null, sort, 1, size, lang, match, expand);
    }

    public SearchForm withQuery(String query) {
        return new SearchForm(query, filters, yearFrom, yearTo, sort, 1, size, lang, match, expand);
    }

    public SearchForm onPage(int number) {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, number, size, lang, match, expand);
    }

    public SearchForm withSort(Sort order) {
        return new SearchForm(q, filters, yearFrom, yearTo, order, 1, size, lang, match, expand);
    }

    /** The strict search: only documents with every word ({@code match=all}), never relaxed. */
    public SearchForm strict() {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, 1, size, lang, Match.ALL, expand);
    }

    public SearchForm inLanguage(String language) {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, page, size, language, match, expand);
    }

    /** The same search with the thesaurus's additions on or off. */
    public SearchForm expanded(boolean on) {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, 1, size, lang, match, on ? null : Boolean.FALSE);
    }

    /** The search page's URL for this form, parameters in a stable order. */
    public String href() {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", q.isEmpty() ? null : q);
        for (Dimension dimension : FILTERS) {
            selected(dimension).forEach(value -> add(query, dimension.param(), value));
        }
        add(query, "year_from", yearFrom);
        add(query, "year_to", yearTo);
        add(query, "sort", sort == null ? null : sort.param());
        add(query, "page", page == 1 ? null : page);
        add(query, "size", size);
        add(query, "lang", lang);
        add(query, "match", match == null ? null : match.param());
        add(query, "expand", expand);
        return query.length() == 0 ? "/" : "/?" + query;
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
