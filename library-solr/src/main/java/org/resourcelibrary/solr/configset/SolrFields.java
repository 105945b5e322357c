package org.resourcelibrary.solr.configset;

import org.resourcelibrary.core.search.Dimension;

/** Names of the Solr fields that have no counterpart in the embedded index's {@code Schema}. */
public final class SolrFields {

    /** Separates parent and child in a hierarchy's pairs field ({@code SSA/ZM}); no code contains it. */
    public static final String PAIR_SEPARATOR = "/";

    private SolrFields() {
    }

    /**
     * The field of a hierarchical dimension's "parent/child" pairs ({@code region_country}): counting them counts
     * each parent's children exactly, as the embedded index's hierarchical facet does.
     */
    public static String childPairs(Dimension dimension) {
        return dimension.param() + "_" + dimension.over().param();
    }
}
