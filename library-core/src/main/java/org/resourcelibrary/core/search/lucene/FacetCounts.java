package org.resourcelibrary.core.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Turns a search's facet counts into the API's facet values: labelled in the request's language, selected
 * values flagged (and listed even when their count fell to zero), years in order for a histogram, regions
 * with their countries below them.
 */
final class FacetCounts {

    /** Values listed per dimension in a search response; the facet-value endpoint lists more. */
    static final int TOP_VALUES = 100;
    /** A limit meaning every value. */
    static final int ALL = Integer.MAX_VALUE;

    private final Vocabulary vocabulary;

    FacetCounts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Every dimension, in display order.
     *
     * @param tally the counts, or null when the library has no facets yet
     */
    Map<String, List<FacetValue>> all(FacetTally tally, SearchRequest request) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            result.put(dimension.param(), values(tally, dimension, request, TOP_VALUES));
        }
        return result;
    }

    /**
     * One dimension's values by descending count (years by year), at most {@code limit} of them plus the
     * selected ones.
     *
     * @param tally the counts, or null when the library has no facets yet
     */
    List<FacetValue> values(FacetTally tally, Dimension dimension, SearchRequest request, int limit) {
        List<String> selected = request.selected(dimension);
        String language = request.labelLanguage();
        List<FacetTally.Count> all = tally == null ? List.of() : tally.values(dimension, null);
        List<FacetValue> values = new ArrayList<>();
        for (FacetTally.Count count : top(all, limit)) {
            List<FacetValue> children = dimension.hierarchical()
                    ? childrenOf(tally, dimension, count.value(), request) : List.of();
            values.add(new FacetValue(count.value(), label(dimension, count.value(), language), count.count(),
                    selected.contains(count.value()), children));
        }
        for (String value : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                // Listed even when its count fell to zero or below the top values.
                long count = all.stream().filter(c -> c.value().equals(value)).mapToLong(FacetTally.Count::count)
                        .sum();
                values.add(new FacetValue(value, label(dimension, value, language), count, true));
            }
        }
        Comparator<FacetValue> order = dimension.kind() == Dimension.Kind.YEARS
                ? Comparator.comparing(FacetValue::value)
                : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
        values.sort(order);
        return values;
    }

    /** The values of {@code dimension.over()} below {@code parent} (a region's countries). */
    private List<FacetValue> childrenOf(FacetTally tally, Dimension dimension, String parent,
                                        SearchRequest request) {
        Dimension over = dimension.over();
        List<String> selected = request.selected(over);
        List<FacetValue> children = new ArrayList<>();
        for (FacetTally.Count count : top(tally.values(dimension, parent), TOP_VALUES)) {
            children.add(new FacetValue(count.value(), label(over, count.value(), request.labelLanguage()),
                    count.count(), selected.contains(count.value())));
        }
        children.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return children;
    }

    /** The {@code limit} values with the highest counts (ties: by value), as Lucene's top children. */
    private static List<FacetTally.Count> top(List<FacetTally.Count> counts, int limit) {
        if (counts.size() <= limit) {
            return counts;
        }
        List<FacetTally.Count> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingLong(FacetTally.Count::count).reversed()
                .thenComparing(FacetTally.Count::value));
        return sorted.subList(0, limit);
    }

    /** The label of a value in {@code language}. */
    String label(Dimension dimension, String value, String language) {
        return vocabulary.label(dimension, value, language);
    }
}
