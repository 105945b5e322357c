package org.resourcelibrary.core.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resourcelibrary.core.model.PublicationYears;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A search of the library. An empty or null {@code query} browses the whole library.
 *
 * @param filters       selected facet values: values of one dimension OR together, dimensions AND together
 * @param yearFrom      inclusive lower bound on the publication year, or null
 * @param yearTo        inclusive upper bound on the publication year, or null
 * @param page          1-based page number (ignored when {@code cursor} is given)
 * @param size          hits per page, 1 to {@link #MAX_SIZE}
 * @param cursor        opaque cursor from a previous response's {@code nextCursor}, for deep paging
 * @param labelLanguage language of facet labels (en, fr, es, pt)
 * @param match         how the query's words must match ({@link Match#AUTO} when null)
 * @param memberLanguage the language the member reads, as the member or the browser said (ranking prefers it),
 *                      or null to assume it from the query's words
 * @param expand        whether words naming a concept of the thesaurus also search its other labels
 */
public record SearchRequest(
        String query,
        Map<Dimension, List<String>> filters,
        Integer yearFrom,
        Integer yearTo,
        Sort sort,
        int page,
        int size,
        String cursor,
        String labelLanguage,
        Match match,
        MemberLanguage memberLanguage,
        boolean expand) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /** The deepest page reachable by page number; deeper results are reached with a cursor. */
    public static final int MAX_PAGE = 1000;
    /**
     * Time budget of one search, whatever the backend; past it the hits found so far are returned with
     * {@code partial: true}.
     */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(2);
    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        TreeMap<Dimension, List<String>> copy = new TreeMap<>();
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
                distinct.removeIf(v -> v == null || v.isBlank());
                if (!distinct.isEmpty()) {
                    copy.put(dimension, List.copyOf(distinct));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? (query.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
        labelLanguage = labelLanguage == null ? Vocabulary.DEFAULT_LANGUAGE : labelLanguage;
        match = match == null ? Match.AUTO : match;
    }

    /**
     * The {@code expand} parameter's value: true when absent, as the thesaurus's additions are on unless turned off.
     *
     * @throws InvalidRequestException when it is neither true nor false
     */
    public static boolean expandFlag(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidRequestException("expand", SearchRefusal.EXPAND,
                ParameterValues.quoted(value));
    }

    /** A first page of results for {@code query}, with no filters. */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same search in another order (a feed of a search lists it newest first). */
    public SearchRequest withSort(Sort order) {
        return new SearchRequest(query, filters, yearFrom, yearTo, order, page, size, cursor, labelLanguage, match,
                memberLanguage, expand);
    }

    /** The same search, {@code hits} of them from the first page (null cursor) or after {@code after}. */
    public SearchRequest withCursor(String after, int hits) {
        return new SearchRequest(query, filters, yearFrom, yearTo, sort, 1, hits, after, labelLanguage, match,
                memberLanguage, expand);
    }

    /** This request as a member reading {@code language} (null: assumed from the query's words) makes it. */
    public SearchRequest withMemberLanguage(MemberLanguage language) {
        return new SearchRequest(query, filters, yearFrom, yearTo, sort, page, size, cursor, labelLanguage, match,
                language, expand);
    }

    /** The selected values of {@code dimension} (empty when none). */
    public List<String> selected(Dimension dimension) {
        return filters.getOrDefault(dimension, List.of());
    }

    /**
     * Checks every parameter against its bounds and the vocabulary.
     *
     * @throws InvalidRequestException naming the first parameter at fault
     */
    public SearchRequest validate(Vocabulary vocabulary) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", SearchRefusal.QUERY_TOO_LONG, query.length(), MAX_QUERY_LENGTH);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", SearchRefusal.SIZE_RANGE, MAX_SIZE, size);
        }
        if (page < 1) {
            throw new InvalidRequestException("page", SearchRefusal.PAGE_TOO_SMALL, page);
        }
        if (page > MAX_PAGE) {
            throw new InvalidRequestException("page", SearchRefusal.PAGE_TOO_DEEP, MAX_PAGE);
        }
        checkYear("year_from", yearFrom);
        checkYear("year_to", yearTo);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidRequestException("year_from", SearchRefusal.YEARS_REVERSED, yearFrom, yearTo);
        }
        if (!Vocabulary.LABEL_LANGUAGES.contains(labelLanguage)) {
            throw new InvalidRequestException("lang", SearchRefusal.LANGUAGE, Vocabulary.LABEL_LANGUAGES.toString(),
                    labelLanguage);
        }
        if (memberLanguage != null && !Vocabulary.LABEL_LANGUAGES.contains(memberLanguage.code())) {
            throw new InvalidRequestException("lang", SearchRefusal.LANGUAGE, Vocabulary.LABEL_LANGUAGES.toString(),
                    memberLanguage.code());
        }
        filters.forEach((dimension, values) -> values.forEach(value -> checkValue(vocabulary, dimension, value)));
        return this;
    }

    private static void checkYear(String parameter, Integer year) {
        int latest = PublicationYears.latest();
        if (year != null && (year < PublicationYears.EARLIEST || year > latest)) {
            throw new InvalidRequestException(parameter, SearchRefusal.yearRange(parameter),
                    PublicationYears.EARLIEST, latest, year);
        }
    }

    private static void checkValue(Vocabulary vocabulary, Dimension dimension, String value) {
        if (!vocabulary.isKnown(dimension, value)) {
            throw new InvalidRequestException(dimension.param(), SearchRefusal.unknown(dimension), dimension.param(),
                    value);
        }
    }

    /** Builds requests step by step; unset values take their defaults. */
    public static final class Builder {
        private String query = "";
        private final TreeMap<Dimension, List<String>> filters = new TreeMap<>();
        private Integer yearFrom;
        private Integer yearTo;
        private Sort sort;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private String cursor;
        private String labelLanguage;
        private Match match;
        private MemberLanguage memberLanguage;
        private boolean expand = true;

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder filter(Dimension dimension, String... values) {
            filters.computeIfAbsent(dimension, d -> new ArrayList<>()).addAll(List.of(values));
            return this;
        }

        public Builder filter(Dimension dimension, List<String> values) {
            filters.computeIfAbsent(dimension, d -> new ArrayList<>()).addAll(values);
            return this;
        }

        public Builder years(Integer from, Integer to) {
            this.yearFrom = from;
            this.yearTo = to;
            return this;
        }

        public Builder sort(Sort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public Builder labelLanguage(String labelLanguage) {
            this.labelLanguage = labelLanguage;
            return this;
        }

        public Builder match(Match match) {
            this.match = match;
            return this;
        }

        /** The language the member reads (null: assumed from the query's words). */
        public Builder memberLanguage(MemberLanguage memberLanguage) {
            this.memberLanguage = memberLanguage;
            return this;
        }

        /** Whether the thesaurus adds a concept's other labels to the words naming it (on unless turned off). */
        public Builder expand(boolean expand) {
            this.expand = expand;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, filters, yearFrom, yearTo, sort, page, size, cursor, labelLanguage, match,
                    memberLanguage, expand);
        }
    }
}
