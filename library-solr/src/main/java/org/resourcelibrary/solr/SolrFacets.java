package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * The JSON Facet API's buckets as the API's facet values, as the embedded index lists them: labelled in the
 * request's language, selected values flagged (and listed with their count, zero or not), years in order, other
 * values by count then label, and a hierarchy's values with their children from the "parent/child" pairs.
 */
final class SolrFacets {

    private final Vocabulary vocabulary;

    SolrFacets(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Every dimension, in display order, from the {@code facets} section of a response (null: no hits). */
    Map<String, List<FacetValue>> all(NamedList<?> facets, SearchRequest request) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            result.put(dimension.param(), values(facets, dimension, request));
        }
        return result;
    }

    /** One dimension's values from the {@code facets} section of a response (null: no hits). */
    List<FacetValue> values(NamedList<?> facets, Dimension dimension, SearchRequest request) {
        Map<String, Long> counts = buckets(facets, dimension.param());
        Map<String, Map<String, Long>> children = new LinkedHashMap<>();
        if (dimension.hierarchical()) {
            buckets(facets, SolrFields.childPairs(dimension)).forEach((pair, count) -> {
                int separator = pair.indexOf(SolrFields.PAIR_SEPARATOR);
                children.computeIfAbsent(pair.substring(0, separator), p -> new LinkedHashMap<>())
                        .put(pair.substring(separator + 1), count);
            });
        }
        List<String> selected = request.selected(dimension);
        String language = request.labelLanguage();
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, vocabulary.label(dimension, value, language),
                count, selected.contains(value), dimension.hierarchical()
                ? children(dimension.over(), children.getOrDefault(value, Map.of()), request) : List.of())));
        for (String value : selected) {
            if (!counts.containsKey(value)) {
                values.add(new FacetValue(value, vocabulary.label(dimension, value, language), 0, true));
            }
        }
        values.sort(dimension.kind() == Dimension.Kind.YEARS ? Comparator.comparing(FacetValue::value) : BY_COUNT);
        return values;
    }

    private List<FacetValue> children(Dimension over, Map<String, Long> counts, SearchRequest request) {
        List<String> selected = request.selected(over);
        List<FacetValue> children = new ArrayList<>();
        counts.forEach((value, count) -> children.add(new FacetValue(value,
                vocabulary.label(over, value, request.labelLanguage()), count, selected.contains(value))));
        children.sort(BY_COUNT);
        return children;
    }

    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);

    /** Value → count of one facet of the response, in Solr's order. */
    private static Map<String, Long> buckets(NamedList<?> facets, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (facets == null || !(facets.get(name) instanceof NamedList<?> facet)) {
            return counts;
        }
        Object buckets = facet.get("buckets");
        if (buckets instanceof List<?> list) {
            for (Object bucket : list) {
                NamedList<?> b = (NamedList<?>) bucket;
                counts.put(String.valueOf(b.get("val")), ((Number) b.get("count")).longValue());
            }
        }
        return counts;
    }
}
