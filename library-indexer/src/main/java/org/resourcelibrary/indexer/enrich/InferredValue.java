package org.resourcelibrary.indexer.enrich;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.resourcelibrary.core.model.MetadataField;

/**
 * A value inference gave a document, with the evidence for it: the first of its clues and how many there
 * were, and whether that is strong enough to stand without a librarian's look.
 *
 * @param field    the field the value is of
 * @param value    the value (one element of a list field; a year as its digits)
 * @param strength whether the evidence is weak (one mention, one cue, a title or year read off a line)
 * @param mentions how many clues there were in all, when more than {@link #MAX_CLUES} are kept
 * @param clues    the first clues, at most {@link #MAX_CLUES}
 */
public record InferredValue(MetadataField field, String value, Strength strength, int mentions, List<Clue> clues) {

    /** Clues kept per value: enough for a librarian to judge, a bound on what is stored per document. */
    public static final int MAX_CLUES = 5;

    /** How strong the evidence for a value is. */
    public enum Strength {
        WEAK, STRONG;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public InferredValue {
        clues = List.copyOf(clues.size() > MAX_CLUES ? clues.subList(0, MAX_CLUES) : clues);
    }

    /** A value resting on {@code clues}: weak with fewer than {@code strongAt} of them. */
    static InferredValue of(MetadataField field, String value, List<Clue> clues, int strongAt) {
        return new InferredValue(field, value, clues.size() < strongAt ? Strength.WEAK : Strength.STRONG,
                clues.size(), clues);
    }

    /** A value resting on one clue, of the strength given. */
    static InferredValue of(MetadataField field, String value, Clue clue, Strength strength) {
        return new InferredValue(field, value, strength, 1, List.of(clue));
    }

    public boolean weak() {
        return strength == Strength.WEAK;
    }
}
