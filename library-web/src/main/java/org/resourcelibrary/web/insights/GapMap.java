package org.resourcelibrary.web.insights;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.SearchCounts;

/**
 * The evidence-gap map: the library's documents counted by two dimensions (country × topic, region × topic,
 * topic × language, …), and beside each count the searches of a period that named both values and how many of
 * those found nothing. Every value held or searched for has its row or column, so a gap (searches, no documents)
 * shows.
 */
public final class GapMap {

    public static final String ROWS = "rows";
    public static final String COLUMNS = "cols";
    /** More values than any dimension of the gap map has. */
    static final int MAX_VALUES = 1000;

    /**
     * A value's documents and demand: of a whole row or column, or of one cell.
     *
     * @param documents   documents with the value (both values, for a cell)
     * @param searches    searches that named it (both, for a cell); null when analytics are off
     * @param zeroResults how many of those found nothing; null when analytics are off
     */
    public record Counts(long documents, Long searches, Long zeroResults) {

        /** A gap: searched for, and the library has nothing. */
        public boolean gap() {
            return documents == 0 && searches != null && searches > 0;
        }
    }

    /** A column: its value, label and totals. */
    public record Column(String value, String label, Counts total) {
    }

    /** A row: its value, label, totals, and one cell per column, in the columns' order. */
    public record Row(String value, String label, Counts total, List<Counts> cells) {
    }

    /** The map; {@code from} and {@code to} are the period of the demand (null when analytics are off). */
    public record Report(String rows, String cols, String lang, LocalDate from, LocalDate to, List<Column> columns,
                         List<Row> table) {
    }

    private final LibrarySearch library;
    private final Vocabulary vocabulary;
    private final QueryConcepts concepts;

    public GapMap(LibrarySearch library, Vocabulary vocabulary, QueryConcepts concepts) {
        this.library = library;
        this.vocabulary = vocabulary;
        this.concepts = concepts;
    }

    /** A dimension the gap map can show. */
    public static Dimension dimension(String parameter, String value) {
        return Dimension.fromParam(value == null ? "" : value).filter(QueryConcepts.MAPPED::contains)
                .orElseThrow(() -> new InvalidRequestException(parameter, parameter + " must be one of "
                        + QueryConcepts.MAPPED.stream().map(Dimension::param).toList() + ", got '" + value + "'"));
    }

    /**
     * The map of {@code rows} × {@code cols}, labelled in {@code lang}, with the demand of {@code period} from
     * {@code store} (documents only when it is null).
     */
    public Report report(Dimension rows, Dimension cols, String lang, InsightsPeriod period, AnalyticsStore store)
            throws SQLException {
        if (rows == cols) {
            throw new InvalidRequestException(COLUMNS, "rows and cols must be two different dimensions");
        }
        Map<String, Map<String, long[]>> demand = new LinkedHashMap<>();
        Map<String, long[]> rowDemand = new LinkedHashMap<>();
        Map<String, long[]> colDemand = new LinkedHashMap<>();
        if (store != null) {
            for (SearchCounts counts : store.counts(period.from(), period.to(), null)) {
                Map<Dimension, Set<String>> named = concepts.named(counts.search());
                named.get(rows).forEach(r -> add(rowDemand, r, counts));
                named.get(cols).forEach(c -> add(colDemand, c, counts));
                for (String r : named.get(rows)) {
                    named.get(cols).forEach(c -> add(demand.computeIfAbsent(r, k -> new LinkedHashMap<>()), c,
                            counts));
                }
            }
        }
        Map<String, Long> colDocuments = held(cols, lang);
        colDemand.keySet().forEach(c -> colDocuments.putIfAbsent(c, 0L));
        List<Column> columns = new ArrayList<>();
        colDocuments.forEach((c, documents) -> columns.add(new Column(c, vocabulary.label(cols, c, lang),
                counts(documents, colDemand.get(c), store != null))));
        Map<String, Long> rowDocuments = held(rows, lang);
        rowDemand.keySet().forEach(r -> rowDocuments.putIfAbsent(r, 0L));
        List<Row> table = new ArrayList<>();
        rowDocuments.forEach((r, documents) -> {
            Map<String, Long> cells = documents == 0 ? Map.of() : cells(rows, r, cols);
            Map<String, long[]> rowCells = demand.getOrDefault(r, Map.of());
            table.add(new Row(r, vocabulary.label(rows, r, lang), counts(documents, rowDemand.get(r), store != null),
                    columns.stream().map(c -> counts(cells.getOrDefault(c.value(), 0L), rowCells.get(c.value()),
                            store != null)).toList()));
        });
        table.sort(Comparator.comparingLong((Row r) -> r.total().documents()
                + (r.total().searches() == null ? 0 : r.total().searches())).reversed());
        return new Report(rows.param(), cols.param(), lang, store == null ? null : period.from(),
                store == null ? null : period.to(), columns, table);
    }

    /** Each value of {@code dimension} the library holds, with its documents, most held first. */
    private Map<String, Long> held(Dimension dimension, String lang) {
        Map<String, Long> held = new LinkedHashMap<>();
        for (FacetValue value : library.facetValues(dimension, "", MAX_VALUES, lang)) {
            if (value.count() > 0) {
                held.put(value.value(), value.count());
            }
        }
        return held;
    }

    /** The documents with row value {@code value}, counted by the column dimension's values. */
    private Map<String, Long> cells(Dimension rows, String value, Dimension cols) {
        SearchResponse response = library.search(SearchRequest.builder().filter(rows, value).size(1).build());
        Map<String, Long> cells = new LinkedHashMap<>();
        for (FacetValue facet : response.facets().getOrDefault(cols.param(), List.of())) {
            cells.put(facet.value(), facet.count());
        }
        return cells;
    }

    private static void add(Map<String, long[]> demand, String value, SearchCounts counts) {
        long[] sum = demand.computeIfAbsent(value, k -> new long[2]);
        sum[0] += counts.searches();
        sum[1] += counts.zeroResults();
    }

    private static Counts counts(long documents, long[] demand, boolean recorded) {
        if (!recorded) {
            return new Counts(documents, null, null);
        }
        return new Counts(documents, demand == null ? 0 : demand[0], demand == null ? 0 : demand[1]);
    }
}
