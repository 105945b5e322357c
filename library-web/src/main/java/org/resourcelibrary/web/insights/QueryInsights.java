package org.resourcelibrary.web.insights;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.thesaurus.Concept;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.SearchCounts;
import org.resourcelibrary.web.analytics.SearchKey;

/**
 * The searches a librarian looks at: the most made, those that found nothing, and those that found something
 * nobody opened; each with its count over a period, the count of the period before (the trend), the search as a
 * member sees it, and the thesaurus concept close to it.
 */
public final class QueryInsights {

    /** Where a concept is connected to more words: the thesaurus editor. */
    public static final String THESAURUS_PAGE = "/librarian/thesaurus";
    public static final int DEFAULT_ROWS = 50;
    public static final int MAX_ROWS = 500;

    /** Which searches a report lists, and what it counts for each. */
    public enum Kind {
        /** The searches made most often: how often. */
        TOP(SearchCounts::searches),
        /** Searches that found nothing: how often they did. */
        ZERO(SearchCounts::zeroResults),
        /** Searches that found something of which no result was opened: how often they found something. */
        UNOPENED(c -> c.opens() == 0 ? c.withResults() : 0);

        private final ToLongFunction<SearchCounts> count;

        Kind(ToLongFunction<SearchCounts> count) {
            this.count = count;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws InvalidRequestException naming {@code kind} when it is not one */
        public static Kind of(String param) {
            return Arrays.stream(values()).filter(k -> k.param().equals(param)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("kind", "kind must be one of "
                            + Arrays.stream(values()).map(Kind::param).toList() + ", got '" + param + "'"));
        }
    }

    /**
     * A concept of the thesaurus close to a search.
     *
     * @param href where a librarian adds the search's words to it
     */
    public record ConceptLink(String id, String label, String href) {
    }

    /**
     * One search in a report.
     *
     * @param count         what the report counts (see {@link Kind}) over the period
     * @param previousCount the same over the period just before
     * @param trend         {@code new}, {@code up}, {@code down} or {@code same} against the period before
     * @param change        the change against the period before, in percent; null when it had none
     * @param link          the search as a member sees it
     * @param concept       the thesaurus concept its words name or come close to, or null
     */
    public record Row(String query, String filters, String lang, long count, long previousCount, String trend,
                      Long change, long searches, long zeroResults, long opens, String link, ConceptLink concept) {
    }

    /** A report: its kind, period and language (null for all), its rows, and the events lost since the start. */
    public record Report(String kind, LocalDate from, LocalDate to, String lang, List<Row> rows, long dropped) {
    }

    private final AnalyticsStore store;
    private final QueryConcepts concepts;

    public QueryInsights(AnalyticsStore store, QueryConcepts concepts) {
        this.store = store;
        this.concepts = concepts;
    }

    /** The report of {@code kind} over the period, for members reading {@code lang} (all when null). */
    public Report report(Kind kind, InsightsPeriod period, String lang, int limit, long dropped)
            throws SQLException {
        Map<SearchKey, Long> before = new HashMap<>();
        for (SearchCounts counts : store.counts(period.previous().from(), period.previous().to(), lang)) {
            before.put(counts.search(), kind.count.applyAsLong(counts));
        }
        List<SearchCounts> listed = new ArrayList<>(store.counts(period.from(), period.to(), lang));
        listed.removeIf(counts -> kind.count.applyAsLong(counts) == 0);
        listed.sort(Comparator.comparingLong(kind.count).reversed());
        List<Row> rows = new ArrayList<>();
        for (SearchCounts counts : listed.subList(0, Math.min(limit, listed.size()))) {
            rows.add(row(counts, kind.count.applyAsLong(counts), before.getOrDefault(counts.search(), 0L)));
        }
        return new Report(kind.param(), period.from(), period.to(), lang, rows, dropped);
    }

    private Row row(SearchCounts counts, long count, long previous) {
        SearchKey search = counts.search();
        String trend = previous == 0 ? "new" : count > previous ? "up" : count < previous ? "down" : "same";
        Long change = previous == 0 ? null : Math.round((count - previous) * 100.0 / previous);
        Optional<Concept> concept = concepts.nearest(search.query());
        return new Row(search.query(), search.filters(), search.lang(), count, previous, trend, change,
                counts.searches(), counts.zeroResults(), counts.opens(), search.memberHref(),
                concept.map(c -> new ConceptLink(c.id(), c.label(search.lang()), THESAURUS_PAGE)).orElse(null));
    }
}
