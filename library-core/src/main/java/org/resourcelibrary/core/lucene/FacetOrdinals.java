package org.resourcelibrary.core.lucene;

import org.resourcelibrary.core.schema.Schema;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.resourcelibrary.core.search.Dimension;

/**
 * The facet values of one snapshot, as ordinals shared by every segment ("global" ordinals), read once
 * when the snapshot opens. A search then tests a document's selected values and counts them with array
 * lookups (see {@code FacetTally}) instead of queries and hash lookups per value.
 *
 * <p>Facet values live in one sorted-set doc-values field as paths {@code dimension␟value[␟child]}
 * ({@link FacetsConfig}); sorted, so each dimension's ordinals are one contiguous range, and a
 * hierarchical path's parent comes before it.
 */
public final class FacetOrdinals {

    /** No such ordinal. */
    public static final int NONE = -1;
    /** The doc-values field holding every dimension's values (the {@link Schema#facets()} default). */
    public static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    private static final Dimension[] DIMENSIONS = Dimension.values();

    private final IndexReader reader;
    private final String[] labels;
    private final byte[] dimensions;
    private final byte[] depths;
    private final int[] parents;
    private final int[] starts = new int[DIMENSIONS.length];
    private final int[] ends = new int[DIMENSIONS.length];
    private final Map<String, Integer> byPath;
    /** Per segment: segment ordinal → global ordinal; null when they are the same (one segment). */
    private final int[][] toGlobal;
    private volatile int[] libraryCounts;

    private FacetOrdinals(IndexReader reader, SortedSetDocValues all) throws IOException {
        this.reader = reader;
        int size = Math.toIntExact(all.getValueCount());
        labels = new String[size];
        dimensions = new byte[size];
        depths = new byte[size];
        parents = new int[size];
        byPath = new HashMap<>(size * 2);
        Arrays.fill(starts, size);
        TermsEnum terms = all.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null; term = terms.next(), ord++) {
            String path = term.utf8ToString();
            String[] parts = FacetsConfig.stringToPath(path);
            int dimension = Dimension.fromParam(parts[0]).map(Dimension::ordinal).orElse(NONE);
            labels[ord] = parts[parts.length - 1];
            dimensions[ord] = (byte) dimension;
            depths[ord] = (byte) (parts.length - 1);
            parents[ord] = parts.length > 2
                    ? byPath.getOrDefault(FacetsConfig.pathToString(parts, parts.length - 1), NONE)
                    : NONE;
            byPath.put(path, ord);
            if (dimension != NONE) {
                starts[dimension] = Math.min(starts[dimension], ord);
                ends[dimension] = ord + 1;
            }
        }
        for (int d = 0; d < DIMENSIONS.length; d++) {
            ends[d] = Math.max(ends[d], starts[d]);
        }
        toGlobal = segmentMaps(reader, all);
    }

    /** The facet ordinals of {@code reader}, or null when no document has a facet value yet. */
    static FacetOrdinals read(IndexReader reader) throws IOException {
        SortedSetDocValues all = MultiDocValues.getSortedSetValues(reader, FIELD);
        return all == null || all.getValueCount() == 0 ? null : new FacetOrdinals(reader, all);
    }

    private static int[][] segmentMaps(IndexReader reader, SortedSetDocValues all) throws IOException {
        if (!(all instanceof MultiDocValues.MultiSortedSetDocValues multi)) {
            return null;
        }
        OrdinalMap map = multi.mapping;
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] maps = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            int count = Math.toIntExact(DocValues.getSortedSet(leaf.reader(), FIELD).getValueCount());
            LongValues global = map.getGlobalOrds(leaf.ord);
            int[] ords = new int[count];
            for (int i = 0; i < count; i++) {
                ords[i] = (int) global.get(i);
            }
            maps[leaf.ord] = ords;
        }
        return maps;
    }

    /** How many distinct paths there are: every ordinal is below this. */
    public int size() {
        return labels.length;
    }

    /** The ordinal of a value ({@code path} below the dimension), or {@link #NONE} when no document has it. */
    public int ordinal(Dimension dimension, String... path) {
        return byPath.getOrDefault(FacetsConfig.pathToString(dimension.param(), path), NONE);
    }

    /** The {@link Dimension#ordinal()} of an ordinal's dimension, or {@link #NONE}. */
    public int dimension(int ord) {
        return dimensions[ord];
    }

    /** The last component of an ordinal's path: the value itself. */
    public String label(int ord) {
        return labels[ord];
    }

    /** 0 for a hierarchical dimension's own entry, 1 for a value, 2 for a value's child. */
    public int depth(int ord) {
        return depths[ord];
    }

    /** The ordinal of a child value's parent, {@link #NONE} for a top-level value. */
    public int parent(int ord) {
        return parents[ord];
    }

    /** The first ordinal of a dimension. */
    public int start(Dimension dimension) {
        return starts[dimension.ordinal()];
    }

    /** One past the last ordinal of a dimension ({@code start == end} when no document has it). */
    public int end(Dimension dimension) {
        return ends[dimension.ordinal()];
    }

    /** A reader of one segment's facet values, a document at a time, as global ordinals. */
    public LeafValues values(LeafReaderContext leaf) throws IOException {
        return new LeafValues(DocValues.getSortedSet(leaf.reader(), FIELD),
                toGlobal == null ? null : toGlobal[leaf.ord]);
    }

    /** One segment's facet values, read a document at a time (in increasing order) as global ordinals. */
    public static final class LeafValues {
        private final SortedSetDocValues values;
        /** Segment ordinal → global ordinal, or null when they are the same. */
        private final int[] global;
        private int[] ords = new int[16];
        private int count;

        private LeafValues(SortedSetDocValues values, int[] global) {
            this.values = values;
            this.global = global;
        }

        /** Reads {@code doc}'s ordinals; false when it has none. */
        public boolean read(int doc) throws IOException {
            count = 0;
            if (!values.advanceExact(doc)) {
                return false;
            }
            count = values.docValueCount();
            if (count > ords.length) {
                ords = new int[Math.max(count, 2 * ords.length)];
            }
            for (int i = 0; i < count; i++) {
                int ord = (int) values.nextOrd();
                ords[i] = global == null ? ord : global[ord];
            }
            return true;
        }

        /** How many values the last document read has. */
        public int count() {
            return count;
        }

        /** The {@code i}-th value of the last document read, {@code i < count()}. */
        public int ord(int i) {
            return ords[i];
        }
    }

    /**
     * Counts of every value over the whole library (deleted documents excluded), counted once per
     * snapshot on first use: the home page, facet-value lists and suggestions all start from these.
     */
    public int[] libraryCounts() throws IOException {
        int[] counts = libraryCounts;
        if (counts == null) {
            counts = countAll();
            libraryCounts = counts;
        }
        return counts;
    }

    private int[] countAll() throws IOException {
        int[] counts = new int[size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafValues values = values(leaf);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && values.read(doc)) {
                    for (int i = 0; i < values.count(); i++) {
                        counts[values.ord(i)]++;
                    }
                }
            }
        }
        return counts;
    }
}
