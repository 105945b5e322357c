package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.resourcelibrary.core.index.FacetOrdinals;

/** One segment's facet values, read a document at a time as global ordinals. */
final class LeafOrdinals {

    private final SortedSetDocValues values;
    private final int[] global;
    /** The last document's ordinals, {@code [0, count)}. */
    int[] ords = new int[16];
    int count;

    LeafOrdinals(FacetOrdinals ordinals, LeafReaderContext leaf) throws IOException {
        this.values = ordinals.values(leaf);
        this.global = ordinals.globalOrds(leaf);
    }

    /** Reads {@code doc}'s ordinals (documents in increasing order); false when it has none. */
    boolean read(int doc) throws IOException {
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

    /** The dimensions (bits) whose selection the last document read satisfies. */
    int satisfied(Selections selections) {
        int bits = 0;
        for (int i = 0; i < count; i++) {
            bits |= selections.bit(ords[i]);
        }
        return bits;
    }
}
