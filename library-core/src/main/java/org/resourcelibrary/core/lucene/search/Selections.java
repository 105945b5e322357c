package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.resourcelibrary.core.lucene.FacetOrdinals;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;

/**
 * A request's facet selections as ordinals: a document satisfies a dimension when one of its values is
 * selected there (values of one dimension OR together), and passes when it satisfies every dimension with
 * a selection (dimensions AND together). Years are one dimension: the selected years within the
 * from/to range.
 */
final class Selections {

    private static final Dimension[] DIMENSION_VALUES = Dimension.values();
    private static final int DIMENSIONS = DIMENSION_VALUES.length;

    /** One bit per dimension ({@link Dimension#ordinal()}) that has a selection. */
    final int required;
    /** Per ordinal: its dimension's bit when the value is selected, else 0. Empty when nothing is selected. */
    private final int[] bits;
    /**
     * Per dimension ({@link Dimension#ordinal()}) with a selection: the keyword terms of its selected values, to
     * tell from the keyword postings which documents certainly fail it; null for the other dimensions.
     */
    private final BytesRef[][] keywords;

    private Selections(int required, int[] bits, BytesRef[][] keywords) {
        this.required = required;
        this.bits = bits;
        this.keywords = keywords;
    }

    static Selections of(SearchRequest request, FacetOrdinals ordinals) {
        int required = 0;
        int[] bits = new int[ordinals == null ? 0 : ordinals.size()];
        for (Dimension dimension : DIMENSION_VALUES) {
            List<String> selected = request.selected(dimension);
            boolean years = dimension == Dimension.YEAR && (request.yearFrom() != null || request.yearTo() != null);
            if (selected.isEmpty() && !years) {
                continue;
            }
            int bit = 1 << dimension.ordinal();
            required |= bit;
            if (ordinals == null) {
                continue;
            }
            if (dimension == Dimension.YEAR) {
                for (int ord = ordinals.start(dimension); ord < ordinals.end(dimension); ord++) {
                    if (yearSelected(request, selected, ordinals.label(ord))) {
                        bits[ord] |= bit;
                    }
                }
            } else {
                for (String value : selected) {
                    int ord = ordinals.ordinal(dimension, value);
                    if (ord != FacetOrdinals.NONE) {
                        bits[ord] |= bit;
                    }
                }
            }
        }
        return new Selections(required, bits, keywords(required, bits, ordinals));
    }

    /**
     * The keyword terms of each selected dimension's selected values: every value of a dimension is also indexed
     * as a lower-cased keyword ({@code DocumentMapper}), so a document without any of them fails the dimension. A
     * dimension with a selected child value (a country under its region), which has no keyword of its own, gets
     * none: its failures are then found from the facet values alone.
     */
    private static BytesRef[][] keywords(int required, int[] bits, FacetOrdinals ordinals) {
        List<List<BytesRef>> terms = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS; d++) {
            terms.add((required & (1 << d)) == 0 ? null : new ArrayList<>());
        }
        for (int ord = 0; ord < bits.length; ord++) {
            if (bits[ord] == 0) {
                continue;
            }
            int dimension = ordinals.dimension(ord);
            if (ordinals.depth(ord) != 1) {
                terms.set(dimension, null);
            } else if (terms.get(dimension) != null) {
                terms.get(dimension).add(new BytesRef(ordinals.label(ord).toLowerCase(Locale.ROOT)));
            }
        }
        BytesRef[][] keywords = new BytesRef[DIMENSIONS][];
        for (int d = 0; d < DIMENSIONS; d++) {
            keywords[d] = terms.get(d) == null ? null : terms.get(d).toArray(new BytesRef[0]);
        }
        return keywords;
    }

    private static boolean yearSelected(SearchRequest request, List<String> selected, String label) {
        int year;
        try {
            year = Integer.parseInt(label);
        } catch (NumberFormatException notAYear) {
            return false;
        }
        return (selected.isEmpty() || selected.contains(label))
                && (request.yearFrom() == null || year >= request.yearFrom())
                && (request.yearTo() == null || year <= request.yearTo());
    }

    boolean any() {
        return required != 0;
    }

    /** How many dimensions have a selection. */
    int dimensions() {
        return Integer.bitCount(required);
    }

    /** Whether {@code dimension} has a selection (its counts then go sideways). */
    boolean has(Dimension dimension) {
        return (required & (1 << dimension.ordinal())) != 0;
    }

    /**
     * Reads {@code doc}'s values and returns the dimensions (bits) whose selection it fails; all of them when
     * {@code values} is null (the library has no facets).
     */
    private int failed(FacetOrdinals.LeafValues values, int doc) throws IOException {
        if (values == null || !values.read(doc)) {
            return required;
        }
        int satisfied = 0;
        for (int i = 0; i < values.count(); i++) {
            satisfied |= bits[values.ord(i)];
        }
        return required & ~satisfied;
    }

    /**
     * The selections in one segment, whose documents are checked in increasing order.
     *
     * @param values the segment's facet values, or null when the library has none
     */
    Segment segment(LeafReaderContext leaf, FacetOrdinals.LeafValues values) throws IOException {
        return new Segment(values, values == null || dimensions() < 2 ? null : passing(leaf));
    }

    /**
     * Per dimension with a selection: the segment's documents with a keyword of a selected value. A document
     * outside it certainly fails the dimension, which the keyword postings tell without its facet values.
     */
    private FixedBitSet[] passing(LeafReaderContext leaf) throws IOException {
        int maxDoc = leaf.reader().maxDoc();
        FixedBitSet[] passing = new FixedBitSet[DIMENSIONS];
        PostingsEnum postings = null;
        for (int d = 0; d < DIMENSIONS; d++) {
            if (keywords[d] == null) {
                continue;
            }
            passing[d] = new FixedBitSet(maxDoc);
            Terms terms = leaf.reader().terms(Schema.keywordField(DIMENSION_VALUES[d]));
            TermsEnum values = terms == null ? null : terms.iterator();
            for (BytesRef keyword : keywords[d]) {
                if (values != null && values.seekExact(keyword)) {
                    postings = values.postings(postings, PostingsEnum.NONE);
                    passing[d].or(postings);
                }
            }
        }
        return passing;
    }

    /** The selections in one segment. */
    final class Segment {
        private final FacetOrdinals.LeafValues values;
        /**
         * Per dimension: the documents that may pass it ({@link #passing}); null without two selections, when
         * every document counts somewhere and its values are read anyway.
         */
        private final FixedBitSet[] passing;

        private Segment(FacetOrdinals.LeafValues values, FixedBitSet[] passing) {
            this.values = values;
            this.passing = passing;
        }

        /**
         * The dimensions (bits) whose selection {@code doc} fails, or two or more of them when it fails two: with
         * several selections most documents do, and they are told by their keywords without reading their
         * facet values. When at most one is returned, the document's values have been read.
         */
        int failed(int doc) throws IOException {
            if (passing != null) {
                int certain = 0;
                for (int d = 0; d < passing.length; d++) {
                    if (passing[d] != null && !passing[d].get(doc)) {
                        certain |= 1 << d;
                    }
                }
                if (!atMostOne(certain)) {
                    return certain;
                }
            }
            return Selections.this.failed(values, doc);
        }
    }

    /** Whether {@code failed} names at most one dimension: the document is a hit or counts sideways. */
    static boolean atMostOne(int failed) {
        return (failed & (failed - 1)) == 0;
    }
}
