package org.resourcelibrary.core.thesaurus;

import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.search.Dimension;

/**
 * A concept of the field and its labels, preferred first.
 *
 * @param id     stable identifier; {@code topic:…}, {@code type:…}, {@code region:…} and {@code country:…} name
 *               a value of the vocabulary, which documents are tagged with
 * @param labels every label, each language's preferred one first
 */
public record Concept(String id, List<Label> labels) {

    public Concept {
        labels = List.copyOf(labels);
    }

    /** Dimensions whose values a concept may name: the places and subjects documents are tagged with. */
    public static final List<Dimension> NAMED_DIMENSIONS = List.of(Dimension.COUNTRY, Dimension.REGION,
            Dimension.TOPIC, Dimension.TYPE);

    /** The vocabulary dimension this concept is a value of, if it names one ({@code country:KE}). */
    public Optional<Dimension> dimension() {
        int colon = id.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Dimension.fromParam(id.substring(0, colon)).filter(NAMED_DIMENSIONS::contains);
    }

    /** The vocabulary code this concept names ({@code KE} of {@code country:KE}), or null. */
    public String code() {
        return dimension().map(d -> id.substring(id.indexOf(':') + 1)).orElse(null);
    }

    /** The preferred label in {@code language}, else the English one. */
    public String label(String language) {
        return labels.stream().filter(l -> l.preferred() && l.language().equals(language)).findFirst()
                .or(() -> labels.stream().filter(l -> l.preferred() && l.language().equals("en")).findFirst())
                .map(Label::text).orElse(id);
    }
}
