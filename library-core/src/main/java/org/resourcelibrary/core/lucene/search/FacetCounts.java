package org.resourcelibrary.core.lucene.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetListing;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** A search's facet counts in the embedded index, listed as the API lists them ({@link FacetListing}). */
final class FacetCounts {

    /** Values listed per dimension in a search response; the facet-value endpoint lists more. */
    static final int TOP_VALUES = FacetListing.TOP_VALUES;
    /** A limit meaning every value. */
    static final int ALL = FacetListing.ALL;

    private final Vocabulary vocabulary;
    private final FacetListing listing;

    FacetCounts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.listing = new FacetListing(vocabulary);
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
        return listing.values(dimension, tally == null ? List.of() : counts(tally.values(dimension, null)),
                parent -> counts(tally.values(dimension, parent)), request, limit);
    }

    private static List<FacetListing.Count> counts(List<FacetTally.Count> counts) {
        return counts.stream().map(c -> new FacetListing.Count(c.value(), c.count())).toList();
    }

    /** The label of a value in {@code language}. */
    String label(Dimension dimension, String value, String language) {
        return vocabulary.label(dimension, value, language);
    }
}
