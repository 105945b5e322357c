package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.util.List;
import org.resourcelibrary.core.index.FacetOrdinals;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;

/**
 * A request's facet selections as ordinals: a document satisfies a dimension when one of its values is
 * selected there (values of one dimension OR together), and passes when it satisfies every dimension with
 * a selection (dimensions AND together). Years are one dimension: the selected years within the
 * from/to range.
 */
final class Selections {

    /** One bit per dimension ({@link Dimension#ordinal()}) that has a selection. */
    final int required;
    /** Per ordinal: its dimension's bit when the value is selected, else 0. Empty when nothing is selected. */
    private final int[] bits;

    private Selections(int required, int[] bits) {
        this.required = required;
        this.bits = bits;
    }

    static Selections of(SearchRequest request, FacetOrdinals ordinals) {
        int required = 0;
        int[] bits = new int[ordinals == null ? 0 : ordinals.size()];
        for (Dimension dimension : Dimension.values()) {
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
        return new Selections(required, bits);
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
    int failed(FacetOrdinals.LeafValues values, int doc) throws IOException {
        if (values == null || !values.read(doc)) {
            return required;
        }
        int satisfied = 0;
        for (int i = 0; i < values.count(); i++) {
            satisfied |= bits[values.ord(i)];
        }
        return required & ~satisfied;
    }

    /** Whether {@code failed} names at most one dimension: the document is a hit or counts sideways. */
    static boolean atMostOne(int failed) {
        return (failed & (failed - 1)) == 0;
    }
}
