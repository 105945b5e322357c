package org.resourcelibrary.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A search's facet counts as the API lists them, whichever backend counted them: labelled in the request's
 * language, selected values flagged (and listed even when their count fell to zero or below the top values), years
 * in order for a histogram, other values by descending count then label, and a hierarchy's values (regions) with
 * their children (countries) below them.
 */
public final class FacetListing {

    /** Values listed per dimension in a search response; the facet-value endpoint lists more. */
    public static final int TOP_VALUES = 100;
    /** A limit meaning every value. */
    public static final int ALL = Integer.MAX_VALUE;

    /** Values by descending count, then label. */
    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);

    /** A value and how many hits have it. */
    public record Count(String value, long count) {
    }

    private final Vocabulary vocabulary;

    public FacetListing(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * One dimension's values: at most {@code limit} of {@code counts} plus the selected ones.
     *
     * @param counts     every value counted, in any order
     * @param childrenOf for a hierarchical dimension, the counts of the values below a value
     */
    public List<FacetValue> values(Dimension dimension, List<Count> counts, Function<String, List<Count>> childrenOf,
                                   SearchRequest request, int limit) {
        List<String> selected = request.selected(dimension);
        String language = request.labelLanguage();
        List<FacetValue> values = new ArrayList<>();
        for (Count count : top(counts, limit)) {
            List<FacetValue> children = dimension.hierarchical()
                    ? children(dimension.over(), childrenOf.apply(count.value()), request) : List.of();
            values.add(new FacetValue(count.value(), vocabulary.label(dimension, count.value(), language),
                    count.count(), selected.contains(count.value()), children));
        }
        for (String value : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                long count = counts.stream().filter(c -> c.value().equals(value)).mapToLong(Count::count).sum();
                values.add(new FacetValue(value, vocabulary.label(dimension, value, language), count, true));
            }
        }
        values.sort(dimension.kind() == MetadataField.Kind.YEARS ? Comparator.comparing(FacetValue::value) : BY_COUNT);
        return values;
    }

    /** The values of {@code over} below a parent (a region's countries). */
    private List<FacetValue> children(Dimension over, List<Count> counts, SearchRequest request) {
        List<String> selected = request.selected(over);
        List<FacetValue> children = new ArrayList<>();
        for (Count count : top(counts, TOP_VALUES)) {
            children.add(new FacetValue(count.value(), vocabulary.label(over, count.value(), request.labelLanguage()),
                    count.count(), selected.contains(count.value())));
        }
        children.sort(BY_COUNT);
        return children;
    }

    /** The {@code limit} values with the highest counts (ties: by value), as Lucene's top children. */
    private static List<Count> top(List<Count> counts, int limit) {
        if (counts.size() <= limit) {
            return counts;
        }
        List<Count> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
        return sorted.subList(0, limit);
    }
}
