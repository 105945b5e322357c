package org.resourcelibrary.indexer.enrich;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** "Did you mean": the known name closest to a mistyped one, if it is close enough. Immutable. */
final class ClosestNames {

    /** Edits allowed: one per this many characters of the typed name, at least {@link #MIN_EDITS}. */
    static final int CHARS_PER_EDIT = 4;
    static final int MIN_EDITS = 2;
    static final int MAX_EDITS = 3;

    /** Folded name → the code of the value it names ("zambia" → ZM). */
    private final Map<String, String> names;

    ClosestNames(Map<String, String> codeByName) {
        Map<String, String> folded = new LinkedHashMap<>();
        codeByName.forEach((name, code) -> folded.putIfAbsent(Vocabulary.fold(name), code));
        this.names = Map.copyOf(folded);
    }

    /** The code of the value whose name is closest to {@code typed}, or empty when none is close. */
    Optional<String> closest(String typed) {
        String folded = Vocabulary.fold(typed);
        int allowed = Math.min(MAX_EDITS, Math.max(MIN_EDITS, folded.length() / CHARS_PER_EDIT));
        String best = null;
        int bestDistance = allowed + 1;
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (Math.abs(name.getKey().length() - folded.length()) < bestDistance) {
                int distance = distance(folded, name.getKey());
                boolean earlierTie = distance == bestDistance && best != null && name.getValue().compareTo(best) < 0;
                if (distance < bestDistance || earlierTie) {
                    bestDistance = distance;
                    best = name.getValue();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
