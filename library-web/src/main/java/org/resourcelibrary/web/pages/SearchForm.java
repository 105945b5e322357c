package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;

/**
 * What the search page was asked for, as it appears in its bookmarkable URL
 * ({@code /?q=…&country=ZM&type=toolkit}), with the URLs of its variations: a facet value ticked or
 * removed, another page, another sort. Unset values stay unset so that URLs stay short.
 *
 * @param filters selected facet values by dimension (the year range is {@code yearFrom}/{@code yearTo})
 * @param sort    null for the default order (relevance with words, newest without)
 * @param size    null for the default page size
 * @param lang    null for the default label language
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
        Boolean expand) {

    /** Dimensions filtered by repeatable parameters named after them; years are a range instead. */
    public static final List<Dimension> FILTERS = List.of(Dimension.COUNTRY, Dimension.REGION, Dimension.TOPIC,
            Dimension.TYPE, Dimension.LANGUAGE, Dimension.ORGANIZATION);

    public SearchForm {
        q = q == null ? "" : q.strip();
        EnumMap<Dimension, List<String>> copy = new EnumMap<>(Dimension.class);
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
        return new SearchForm("", Map.of(), null, null, null, 1, null, null, null);
    }

    /**
     * Reads the page's parameters. Blank values (an empty year box, an unselected option) count as absent;
     * unknown parameters are ignored, as links from elsewhere may carry their own.
     *
     * @throws InvalidRequestException naming the parameter that is not a number or not a sort order
     */
    public static SearchForm from(Context ctx) {
        EnumMap<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
        for (Dimension dimension : FILTERS) {
            List<String> values = new ArrayList<>();
            for (String value : ctx.queryParams(dimension.param())) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            filters.put(dimension, values);
        }
        String sortParam = single(ctx, "sort");
        Sort sort = sortParam == null ? null : Sort.fromParam(sortParam).orElseThrow(() ->
                new InvalidRequestException("sort", "sort must be one of relevance, newest, oldest or title, got '"
                        + sortParam + "'"));
        Integer page = number(ctx, "page");
        return new SearchForm(ctx.queryParam("q"), filters, number(ctx, "year_from"), number(ctx, "year_to"), sort,
                page == null ? 1 : page, number(ctx, "size"), single(ctx, "lang"),
                SearchRequest.expandFlag(single(ctx, "expand")));
    }

    /** The core request this form asks for. */
    public SearchRequest request() {
        SearchRequest.Builder builder = SearchRequest.builder().query(q).years(yearFrom, yearTo).sort(sort)
                .page(page).size(size == null ? SearchRequest.DEFAULT_SIZE : size).labelLanguage(lang).expand(expand == null);
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
        EnumMap<Dimension, List<String>> changed = new EnumMap<>(Dimension.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(selected(dimension));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(dimension, values);
        return new SearchForm(q, changed, yearFrom, yearTo, sort, 1, size, lang, expand);
    }

    public SearchForm withoutYears() {
        return new SearchForm(q, filters, null, null, sort, 1, size, lang, expand);
    }

    public SearchForm withYears(Integer from, Integer to) {
        return new SearchForm(q, filters, from, to, sort, 1, size, lang, expand);
    }

    /** The same words without any filter. */
    public SearchForm cleared() {
        return new SearchForm(q, Map.of(), null, null, sort, 1, size, lang, expand);
    }

    public SearchForm withQuery(String query) {
        return new SearchForm(query, filters, yearFrom, yearTo, sort, 1, size, lang, expand);
    }

    public SearchForm onPage(int number) {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, number, size, lang, expand);
    }

    public SearchForm withSort(Sort order) {
        return new SearchForm(q, filters, yearFrom, yearTo, order, 1, size, lang, expand);
    }

    public SearchForm inLanguage(String language) {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, page, size, language, expand);
    }

    /** The same search with the thesaurus's additions on or off. */
    public SearchForm expanded(boolean on) {
        return new SearchForm(q, filters, yearFrom, yearTo, sort, 1, size, lang, on ? null : Boolean.FALSE);
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
        add(query, "expand", expand);
        return query.length() == 0 ? "/" : "/?" + query;
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw new InvalidRequestException(name, name + " was given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static Integer number(Context ctx, String name) {
        String value = single(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number, got '" + value + "'");
        }
    }
}
