package org.resourcelibrary.indexer.enrich;

import java.util.Arrays;
import java.util.List;
import org.resourcelibrary.core.search.Refusal;

/**
 * Something wrong with one metadata field as a person typed it (a manifest cell, an upload form field).
 *
 * @param field     the field's name ({@link org.resourcelibrary.core.model.MetadataField#key()}) or the column
 *                  as written
 * @param message   what is wrong, with a suggestion when there is one (English)
 * @param refusal   why, as a key an interface translates; null when the message is all there is
 * @param arguments what the refusal's wording names, in its placeholders' order
 */
public record FieldProblem(String field, String message, Refusal refusal,
                           List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, String message) {
        this(field, message, null, List.of());
    }

    /** The problem {@code refusal} names, its arguments filled into its English wording. */
    public static FieldProblem of(String field, Refusal refusal, Object... arguments) {
        return new FieldProblem(field, refusal.english(arguments), refusal, Arrays.asList(arguments));
    }
}
