package org.resourcelibrary.core.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Word;

/**
 * Typo tolerance, as Meilisearch users expect, whatever the backend: a word the library does not know, or knows
 * far less than a close spelling, also matches its close spellings — one edit from {@value #ONE_EDIT_FROM}
 * letters, two from {@value #TWO_EDITS_FROM}, at most {@value #MAX_SPELLINGS} of them. The spellings come from
 * the library's own text (each backend looks them up its own way); the same corrections serve matching and
 * "did you mean".
 */
public final class Spellings {

    /** Words this long or longer tolerate one edit. */
    public static final int ONE_EDIT_FROM = 5;
    /** Words this long or longer tolerate two edits. */
    public static final int TWO_EDITS_FROM = 9;
    /** The most edits any word tolerates. */
    public static final int MOST_EDITS = 2;
    /** A known word also matches a close spelling this many times more common than itself. */
    public static final int MORE_COMMON_RATIO = 20;
    /** Close spellings added per word. */
    public static final int MAX_SPELLINGS = 3;
    /** The field whose words (as the language-neutral analysis indexes them) the spellings come from. */
    public static final String FIELD = Schema.BODY;

    private static final Spellings NONE = new Spellings(Map.of());

    private final Map<String, List<String>> spellings;

    /** @param spellings each word (as {@link #normalize} makes it) → its close spellings, best first */
    public Spellings(Map<String, List<String>> spellings) {
        this.spellings = Map.copyOf(spellings);
    }

    /** No typo tolerance (for exact evaluation runs and tests). */
    public static Spellings none() {
        return NONE;
    }

    /** The close spellings (as indexed, language-neutral) a word should also match, best first; often empty. */
    public List<String> closeSpellings(String word) {
        String normalized = normalize(word);
        return normalized == null ? List.of() : spellings.getOrDefault(normalized, List.of());
    }

    /**
     * The query with each unknown (or far rarer than a close spelling) word replaced by its most common
     * close spelling, or null when no word needs correcting.
     */
    public String didYouMean(UserQuery query) {
        List<Group> corrected = new ArrayList<>();
        boolean changed = false;
        for (Group group : query.groups()) {
            List<UserQuery.Clause> alternatives = new ArrayList<>();
            for (UserQuery.Clause clause : group.alternatives()) {
                List<String> close = clause instanceof Word word && !word.prefix()
                        ? closeSpellings(word.text()) : List.of();
                if (!close.isEmpty()) {
                    alternatives.add(new Word(close.get(0), ((Word) clause).field(), false));
                    changed = true;
                } else {
                    alternatives.add(clause);
                }
            }
            corrected.add(new Group(alternatives, group.prohibited(), group.required()));
        }
        return changed ? new UserQuery(corrected).render() : null;
    }

    /** The edits a word (as {@link #normalize} makes it) tolerates. */
    public static int maxEdits(String normalized) {
        return normalized.length() >= TWO_EDITS_FROM ? MOST_EDITS : 1;
    }

    /**
     * Whether a close spelling found {@code closeFrequency} times may stand for a word found {@code frequency}
     * times (both in documents): any when the word is unknown; when it is known, only one
     * {@link #MORE_COMMON_RATIO} times more common.
     */
    public static boolean standsFor(long frequency, long closeFrequency) {
        return frequency == 0 || closeFrequency >= frequency * MORE_COMMON_RATIO;
    }

    /** The word as indexed in the neutral field, or null when it is not a single word long enough to fix. */
    public static String normalize(String word) {
        if (word.codePointCount(0, word.length()) < ONE_EDIT_FROM || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return Analysis.neutral().normalize(FIELD, word).utf8ToString();
    }
}
