package org.resourcelibrary.core.lucene.search;

import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.lucene.FacetOrdinals;
import org.resourcelibrary.core.search.Dimension;

/**
 * The facet counts of one search, drill-sideways: a dimension without a selection is counted over the
 * hits; a dimension with one over the documents that pass every other dimension's selection (the hits
 * plus those failing only this dimension), so its other values keep their counts.
 */
final class FacetTally {

    /** A value and how many documents have it. */
    record Count(String value, long count) {
    }

    private final FacetOrdinals ordinals;
    private final int[] hits;
    /** Per dimension with a selection: counts over the documents failing only that dimension; else null. */
    private final int[][] failingOnly;

    FacetTally(FacetOrdinals ordinals, int[] hits, int[][] failingOnly) {
        this.ordinals = ordinals;
        this.hits = hits;
        this.failingOnly = failingOnly;
    }

    /** Counts over the whole library (nothing selected). */
    static FacetTally library(FacetOrdinals ordinals) throws java.io.IOException {
        return new FacetTally(ordinals, ordinals.libraryCounts(), new int[Dimension.values().length][]);
    }

    /**
     * The values of a dimension with a count above zero, in ordinal (value) order: its top-level values,
     * or the children of {@code parent} in a hierarchical dimension (a region's countries).
     */
    List<Count> values(Dimension dimension, String parent) {
        int parentOrd = parent == null ? FacetOrdinals.NONE : ordinals.ordinal(dimension, parent);
        if (parent != null && parentOrd == FacetOrdinals.NONE) {
            return List.of();
        }
        int depth = parent == null ? 1 : ordinals.depth(parentOrd) + 1;
        int[] sideways = failingOnly[dimension.ordinal()];
        List<Count> values = new ArrayList<>();
        for (int ord = ordinals.start(dimension); ord < ordinals.end(dimension); ord++) {
            if (ordinals.depth(ord) != depth || (parent != null && ordinals.parent(ord) != parentOrd)) {
                continue;
            }
            long count = hits[ord] + (sideways == null ? 0 : sideways[ord]);
            if (count > 0) {
                values.add(new Count(ordinals.label(ord), count));
            }
        }
        return values;
    }
}
