package org.resourcelibrary.indexer.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;

/**
 * A librarian's decision on one item of the review queue, as the review log keeps it.
 *
 * @param item       the item's id ({@link ReviewItem#id()})
 * @param document   the document's id
 * @param field      the field the inferred value is of
 * @param value      the inferred value decided on
 * @param decision   what the librarian decided
 * @param correction for a correction, the value put in its place (as the field stores it); otherwise null
 * @param after      the field's values once decided, so that the queue can tell a later edit by hand
 * @param at         when
 */
public record ReviewDecision(String item, String document, MetadataField field, String value, Decision decision,
                             String correction, List<String> after, Instant at) {

    public ReviewDecision {
        after = after == null ? List.of() : List.copyOf(after);
    }

    /** What a librarian can decide about an inferred value. */
    public enum Decision {
        /** The value is right: it stays, now as the librarian's. */
        ACCEPT,
        /** The value is wrong and another takes its place. */
        CORRECT,
        /** The value is wrong: it goes, and nothing takes its place. */
        REJECT;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Decision fromCode(String code) {
            return parse(code).orElseThrow(() -> new IllegalArgumentException("no decision '" + code + "'"));
        }

        /** The decision of {@code code} ({@code accept}, {@code correct}, {@code reject}), if it is one. */
        public static Optional<Decision> parse(String code) {
            return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
        }
    }
}
