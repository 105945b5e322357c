package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Turns Lucene facet counts into the API's facet values: labelled in the request's language, selected
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
     * @param facets  the counts, or null when the library has no facets yet
     * @param indexed dimensions some document has (Lucene cannot count the others)
     */
    Map<String, List<FacetValue>> all(Facets facets, Set<String> indexed, SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            result.put(dimension.param(), values(indexed.contains(dimension.param()) ? facets : null, dimension,
                    request, TOP_VALUES));
        }
        return result;
    }

    /**
     * One dimension's values by descending count (years by year), at most {@code limit}.
     *
     * @param facets the counts, or null when no document has this dimension
     */
    List<FacetValue> values(Facets facets, Dimension dimension, SearchRequest request, int limit)
            throws IOException {
        List<String> selected = request.selected(dimension);
        String language = request.labelLanguage();
        List<FacetValue> values = new ArrayList<>();
        FacetResult top = facets == null ? null : top(facets, dimension.param(), limit);
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                List<FacetValue> children = dimension == Dimension.REGION
                        ? countriesOf(facets, lv.label, request) : List.of();
                values.add(new FacetValue(lv.label, label(dimension, lv.label, language), lv.value.longValue(),
                        selected.contains(lv.label), children));
            }
        }
        for (String value : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                values.add(new FacetValue(value, label(dimension, value, language), 0, true));
            }
        }
        Comparator<FacetValue> order = dimension == Dimension.YEAR
                ? Comparator.comparing(FacetValue::value)
                : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
        values.sort(order);
        return values;
    }

    private List<FacetValue> countriesOf(Facets facets, String region, SearchRequest request) throws IOException {
        FacetResult top = top(facets, Dimension.REGION.param(), TOP_VALUES, region);
        List<FacetValue> countries = new ArrayList<>();
        if (top != null) {
            List<String> selected = request.selected(Dimension.COUNTRY);
            for (LabelAndValue lv : top.labelValues) {
                countries.add(new FacetValue(lv.label, label(Dimension.COUNTRY, lv.label, request.labelLanguage()),
                        lv.value.longValue(), selected.contains(lv.label)));
            }
        }
        countries.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return countries;
    }

    private static FacetResult top(Facets facets, String dimension, int limit, String... path) throws IOException {
        try {
            return limit == ALL ? facets.getAllChildren(dimension, path) : facets.getTopChildren(limit, dimension, path);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return null;
        }
    }

    /** The label of a value in {@code language}. */
    String label(Dimension dimension, String value, String language) {
        return switch (dimension) {
            case COUNTRY -> vocabulary.countryLabel(value, language);
            case REGION -> vocabulary.regionLabel(value, language);
            case TOPIC -> vocabulary.topicLabel(value, language);
            case TYPE -> vocabulary.typeLabel(value, language);
            case LANGUAGE -> vocabulary.languageLabel(value, language);
            case YEAR, ORGANIZATION -> value;
        };
    }
}
