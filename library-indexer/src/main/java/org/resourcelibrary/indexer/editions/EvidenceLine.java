package org.resourcelibrary.indexer.editions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the evidence that documents are editions of one work, as its kind and its values rather than a
 * sentence, so that each reader (the librarian page in its language, an API client) says it its own way. The
 * English sentence ingest's report has always shown is made here too, from the same values.
 *
 * @param code   the kind of evidence ({@link Kind#code()})
 * @param pair   the two documents the line is about, by id, when the proposal groups more than two; else empty
 * @param values the kind's values by name ({@link Kind#names()}): text, whole numbers, or lists of text
 */
public record EvidenceLine(String code, List<String> pair, Map<String, Object> values) {

    /** Each kind of evidence, with the names of its values in the order its sentences use them. */
    public enum Kind {
        /** Both documents come from {@code organisation} (as the first one spells it). */
        SAME_ORGANISATION("same-organisation", "organisation"),
        /** Both were published in {@code year}. */
        SAME_YEAR("same-year", "year"),
        /** They were published in {@code first} and {@code second}, a year apart at most. */
        YEARS("years", "first", "second"),
        /** Their titles name the thesaurus {@code concepts} (by id), in languages {@code first} and {@code second}. */
        TITLES("titles", "concepts", "first", "second"),
        /** Their pages or slides: {@code first} and {@code second}. */
        PAGES("pages", "first", "second"),
        /** Their lines that read as headings: {@code first} and {@code second}. */
        HEADINGS("headings", "first", "second"),
        /** {@code shared} of the {@code of} numbers of either are in both; {@code shown} lists some of them. */
        NUMBERS("numbers", "shared", "of", "shown"),
        /** {@code shared} of the {@code of} proper nouns of either are in both; {@code shown} lists some of them. */
        NAMES("names", "shared", "of", "shown");

        private final String code;
        private final List<String> names;

        Kind(String code, String... names) {
            this.code = code;
            this.names = List.of(names);
        }

        /** How the kind is named in the proposals' JSON. */
        public String code() {
            return code;
        }

        /** The names of its values, in the order its sentences use them. */
        public List<String> names() {
            return names;
        }

        static Optional<Kind> of(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
        }
    }

    public EvidenceLine {
        pair = pair == null ? List.of() : List.copyOf(pair);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A line of {@code kind} about the pair's two documents, its values in the order of {@link Kind#names()}. */
    static EvidenceLine of(Kind kind, Object... values) {
        if (values.length != kind.names().size()) {
            throw new IllegalArgumentException(kind + " takes " + kind.names() + ", not " + values.length + " values");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(kind.names().get(i), values[i]);
        }
        return new EvidenceLine(kind.code(), List.of(), named);
    }

    /** This line about the two documents {@code a} and {@code b} of a larger proposal. */
    EvidenceLine about(String a, String b) {
        return new EvidenceLine(code, List.of(a, b), values);
    }

    /** Its kind; empty for a code this version does not know (a report written by a later one). */
    @JsonIgnore
    public Optional<Kind> kind() {
        return Kind.of(code);
    }

    /** Its values in the order of its kind's names; a value the line lacks is null. */
    @JsonIgnore
    public List<Object> arguments() {
        return kind().map(k -> k.names().stream().map(values::get).toList()).orElse(List.of());
    }

    /** The value {@code name} as a list of text: a list as it is, anything else as one item, none as empty. */
    public static List<String> texts(Object value) {
        return value == null ? List.of() : value instanceof Collection<?> items
                ? items.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    /** The sentence ingest's report and the API's {@code evidence} show, in English. */
    @JsonIgnore
    public String english() {
        List<Object> v = arguments();
        String said = kind().map(k -> switch (k) {
            case SAME_ORGANISATION -> "same organisation: " + v.get(0);
            case SAME_YEAR -> "same year: " + v.get(0);
            case YEARS -> "years " + v.get(0) + " and " + v.get(1);
            case TITLES -> "titles name " + String.join(", ", texts(v.get(0))) + " (" + v.get(1) + ", " + v.get(2)
                    + ")";
            case PAGES -> "pages: " + v.get(0) + " and " + v.get(1);
            case HEADINGS -> "headings: " + v.get(0) + " and " + v.get(1);
            case NUMBERS, NAMES -> sharing(k.code(), v);
        }).orElse(code + " " + values);
        return pair.size() == 2 ? pair.get(0) + " ~ " + pair.get(1) + ": " + said : said;
    }

    private static String sharing(String what, List<Object> v) {
        List<String> shown = texts(v.get(2));
        return String.format(Locale.ROOT, "%s shared: %s of %s%s", what, v.get(0), v.get(1), shown.isEmpty() ? ""
                : " (" + String.join(", ", shown) + (more(v) ? ", …)" : ")"));
    }

    /** Whether a sharing line's list shows fewer than the shared ones. */
    @JsonIgnore
    public boolean more() {
        return more(arguments());
    }

    private static boolean more(List<Object> v) {
        return v.size() == 3 && v.get(0) instanceof Number shared && shared.intValue() > texts(v.get(2)).size();
    }
}
