package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetListing;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * The JSON Facet API's buckets as the API's facet values, listed as the embedded index lists them
 * ({@link FacetListing}), a hierarchy's values with their children from the "parent/child" pairs. Solr has
 * already limited the values a search counts ({@link SolrRequests#FACET_VALUES}).
 */
final class SolrFacets {

    private final FacetListing listing;

    SolrFacets(Vocabulary vocabulary) {
        this.listing = new FacetListing(vocabulary);
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
        Map<String, List<FacetListing.Count>> children = new LinkedHashMap<>();
        if (dimension.hierarchical()) {
            for (FacetListing.Count pair : buckets(facets, SolrFields.childPairs(dimension))) {
                int separator = pair.value().indexOf(SolrFields.PAIR_SEPARATOR);
                children.computeIfAbsent(pair.value().substring(0, separator), p -> new ArrayList<>())
                        .add(new FacetListing.Count(pair.value().substring(separator + 1), pair.count()));
            }
        }
        return listing.values(dimension, buckets(facets, dimension.param()),
                parent -> children.getOrDefault(parent, List.of()), request, FacetListing.ALL);
    }

    /** The values and counts of one facet of the response, in Solr's order. */
    private static List<FacetListing.Count> buckets(NamedList<?> facets, String name) {
        List<FacetListing.Count> counts = new ArrayList<>();
        if (facets == null || !(facets.get(name) instanceof NamedList<?> facet)) {
            return counts;
        }
        Object buckets = facet.get("buckets");
        if (buckets instanceof List<?> list) {
            for (Object bucket : list) {
                NamedList<?> b = (NamedList<?>) bucket;
                counts.add(new FacetListing.Count(String.valueOf(b.get("val")), ((Number) b.get("count")).longValue()));
            }
        }
        return counts;
    }
}
