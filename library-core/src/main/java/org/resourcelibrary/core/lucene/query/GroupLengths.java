package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.SmallFloat;
import org.resourcelibrary.core.lucene.SegmentCache;

/**
 * Each document's weighted length in a group of fields (the sum of each field's length times its weight,
 * encoded as a norm byte): what BM25F normalises a combined field's frequency by. Computed once per segment
 * and group, on first use, with one sequential pass over each field's norms (one byte per document and group,
 * in a {@link SegmentCache}).
 */
final class GroupLengths {

    /** A norm byte's length, decoded once. */
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private static final SegmentCache<Group, byte[]> CACHE = new SegmentCache<>();

    private GroupLengths() {
    }

    /** A group: its fields and their weights, in the order given. */
    private record Group(List<String> fields, List<Float> weights) {
    }

    /**
     * The encoded weighted lengths of {@code segment}'s documents in {@code fields}, or null when none of the
     * fields has norms (every length then counts as 1, as Lucene's combined-field query has it).
     */
    static byte[] of(LeafReader segment, String[] fields, float[] weights) throws IOException {
        return CACHE.get(segment, new Group(List.of(fields), boxed(weights)), s -> compute(s, fields, weights));
    }

    /** Whether a segment core has lengths cached: for tests that check they are dropped with the segment. */
    static boolean cached(IndexReader.CacheKey core) {
        return CACHE.holds(core);
    }

    private static byte[] compute(LeafReader reader, String[] fields, float[] weights) throws IOException {
        float[] sums = null;
        for (int i = 0; i < fields.length; i++) {
            NumericDocValues norms = reader.getNormValues(fields[i]);
            if (norms == null) {
                continue;
            }
            sums = sums == null ? new float[reader.maxDoc()] : sums;
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                sums[doc] += weights[i] * LENGTH_TABLE[Byte.toUnsignedInt((byte) norms.longValue())];
            }
        }
        if (sums == null) {
            return null;
        }
        byte[] lengths = new byte[sums.length];
        for (int doc = 0; doc < sums.length; doc++) {
            lengths[doc] = SmallFloat.intToByte4(Math.round(sums[doc]));
        }
        return lengths;
    }

    private static List<Float> boxed(float[] weights) {
        Float[] boxed = new Float[weights.length];
        Arrays.setAll(boxed, i -> weights[i]);
        return List.of(boxed);
    }
}
