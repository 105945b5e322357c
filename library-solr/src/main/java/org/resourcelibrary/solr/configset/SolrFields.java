package org.resourcelibrary.solr.configset;

import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;

/** Names of the Solr fields that have no counterpart in the embedded index's {@code Schema}. */
public final class SolrFields {

    /** Separates parent and child in a hierarchy's pairs field ({@code SSA/ZM}); no code contains it. */
    public static final String PAIR_SEPARATOR = "/";

    /**
     * The deleted document's id on its tombstone: a document of its own in the collection, so that the list of
     * changes keeps deletions where every web node reads them. Searches never see tombstones (the search handler
     * leaves them out).
     */
    public static final String TOMBSTONE_OF = "tombstone_of";
    /** The id a document or its tombstone is listed under in the list of changes (datestamp, then this). */
    public static final String CHANGE_ID = "change_id";
    /** The request handler of the list of changes, which sees tombstones; {@code /select} leaves them out. */
    public static final String CHANGES_HANDLER = "/changes";
    /**
     * The spell checker of {@code /select} that finds a word's close spellings in the library's text, as the
     * embedded index's does (Lucene's {@code DirectSpellChecker} underneath).
     */
    public static final String SPELLINGS = "spellings";
    /**
     * The work a document stands for: its {@code work}, else its own id (a work of its own; a tombstone's is its own
     * id too). SolrCloud routes every document by it ({@code router.field}), so that a work's editions share a shard
     * and collapsing them, and counting works, is exact; searches collapse on it.
     */
    public static final String WORK_KEY = "work_key";

    private SolrFields() {
    }

    /** The {@link #WORK_KEY} of a resource: its work, else itself. */
    public static String workKey(Resource resource) {
        return resource.work() != null ? resource.work() : resource.id();
    }

    /** The unique key of the tombstone of document {@code id}: one per document, the latest deletion's. */
    public static String tombstoneId(String id) {
        return "deleted:" + id;
    }

    /**
     * The field of a hierarchical dimension's "parent/child" pairs ({@code region_country}): counting them counts
     * each parent's children exactly, as the embedded index's hierarchical facet does.
     */
    public static String childPairs(Dimension dimension) {
        return dimension.param() + "_" + dimension.over().param();
    }
}
