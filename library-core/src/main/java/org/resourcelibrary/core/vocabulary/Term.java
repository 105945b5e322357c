package org.resourcelibrary.core.vocabulary;

import java.util.Map;

/**
 * A vocabulary entry: a stable code and its labels by ISO 639-1 language.
 *
 * @param code   stable identifier used in the index, the API and URLs, e.g. {@code case-management}
 * @param labels label per language; {@code en} is always present
 */
public record Term(String code, Map<String, String> labels) {

    public Term {
        labels = Map.copyOf(labels);
        if (!labels.containsKey(Vocabulary.DEFAULT_LANGUAGE)) {
            throw new IllegalArgumentException("term " + code + " has no English label");
        }
    }

    /** The label in {@code language}, or the English one when there is none. */
    public String label(String language) {
        String label = language == null ? null : labels.get(language);
        return label != null ? label : labels.get(Vocabulary.DEFAULT_LANGUAGE);
    }
}
