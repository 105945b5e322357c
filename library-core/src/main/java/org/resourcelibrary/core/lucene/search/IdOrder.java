package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.schema.Schema;

/**
 * The last sort field of every order: resources by id, so that equal scores, years or titles come in an order
 * that survives merges (pages and cursors need it). Lucene's string comparator copies each competitive hit's
 * id bytes and looks the new bottom's id up in the segment's terms each time the top list changes, though the
 * id only decides between equal first values, time a long question pays on every hit. This one keeps each
 * hit's segment ordinal and reads an id only when two hits of different segments tie, or when the hit's
 * values are asked for. Ids are unique and every resource has one.
 */
final class IdOrder extends SortField {

    IdOrder() {
        super(Schema.ID, Type.STRING);
    }

    @Override
    public FieldComparator<?> getComparator(int numHits, Pruning pruning) {
        return new Comparator(numHits);
    }

    private static final class Comparator extends FieldComparator<BytesRef> {
        /** Per slot: the id's ordinal in its segment, and that segment (an index in {@link #segments}). */
        private final int[] ords;
        private final int[] segments;
        /** Per slot: the id, once read. */
        private final BytesRef[] ids;
        /** Each segment seen: its ids, for reading an ordinal's id at any time. */
        private final List<SortedDocValues> lookups = new ArrayList<>();
        private BytesRef top;
        /** The slot of the top list's last hit, kept from segment to segment (-1 until the list is full). */
        private int bottom = -1;

        Comparator(int numHits) {
            ords = new int[numHits];
            segments = new int[numHits];
            ids = new BytesRef[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            if (segments[slot1] == segments[slot2]) {
                return Integer.compare(ords[slot1], ords[slot2]);
            }
            return value(slot1).compareTo(value(slot2));
        }

        @Override
        public void setTopValue(BytesRef value) {
            top = value;
        }

        @Override
        public BytesRef value(int slot) {
            if (ids[slot] == null) {
                ids[slot] = BytesRef.deepCopyOf(lookUp(segments[slot], ords[slot]));
            }
            return ids[slot];
        }

        private BytesRef lookUp(int segment, int ord) {
            try {
                return lookups.get(segment).lookupOrd(ord);
            } catch (IOException e) {
                throw new UncheckedIOException("reading a resource id failed", e);
            }
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            int segment = lookups.size();
            // Two readers of the segment's ids: one follows the collected documents, one reads any ordinal.
            SortedDocValues docs = DocValues.getSorted(context.reader(), Schema.ID);
            lookups.add(DocValues.getSorted(context.reader(), Schema.ID));
            return new LeafFieldComparator() {
                private int ord(int doc) throws IOException {
                    if (!docs.advanceExact(doc)) {
                        throw new IllegalStateException("a resource without an id: document " + doc);
                    }
                    return docs.ordValue();
                }

                @Override
                public void setBottom(int slot) {
                    bottom = slot;
                }

                @Override
                public int compareBottom(int doc) throws IOException {
                    int ord = ord(doc);
                    return segments[bottom] == segment ? Integer.compare(ords[bottom], ord)
                            : value(bottom).compareTo(lookUp(segment, ord));
                }

                @Override
                public int compareTop(int doc) throws IOException {
                    return top.compareTo(lookUp(segment, ord(doc)));
                }

                @Override
                public void copy(int slot, int doc) throws IOException {
                    ords[slot] = ord(doc);
                    segments[slot] = segment;
                    ids[slot] = null;
                }

                @Override
                public void setScorer(Scorable scorer) {
                }
            };
        }
    }
}
