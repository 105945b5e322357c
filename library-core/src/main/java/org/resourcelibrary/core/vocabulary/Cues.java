package org.resourcelibrary.core.vocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.search.Dimension;

/**
 * The phrases metadata inference looks for: country names (short forms, adjectives, capitals) and topic
 * and resource-type keywords, in English, French, Spanish and Portuguese. Immutable and thread-safe.
 *
 * <p>Shipped as {@code country-names.tsv}, {@code topic-cues.tsv} and {@code type-cues.tsv} next to the
 * vocabulary and replaceable from the same override folder, one line per code and language:
 * {@code code<TAB>language<TAB>weight<TAB>phrase|phrase|...}. Country names in the JDK's locale data (the
 * vocabulary's labels) are cues without being listed; a listed phrase replaces the label-derived one with
 * the same words, which is how an ambiguous label is weakened or switched off.
 */
public final class Cues {

    /** The language column value of a phrase used in any language (acronyms, capital cities). */
    public static final String ANY_LANGUAGE = "*";
    /** The code column value of a phrase that contains a cue but does not mean it. */
    public static final String NOT_A_MENTION = "-";

    static final String COUNTRY_FILE = "country-names.tsv";
    static final String TOPIC_FILE = "topic-cues.tsv";
    static final String TYPE_FILE = "type-cues.tsv";

    private static final Map<String, String> AND = Map.of("en", "and", "fr", "et", "es", "y", "pt", "e");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]*)\\)");
    private static final Cues STANDARD = load(Vocabulary.standard(), null);

    private final List<Cue> countryNames;
    private final List<Cue> topics;
    private final List<Cue> types;

    private Cues(List<Cue> countryNames, List<Cue> topics, List<Cue> types) {
        this.countryNames = List.copyOf(countryNames);
        this.topics = List.copyOf(topics);
        this.types = List.copyOf(types);
    }

    /** The cues shipped with the library, for the standard vocabulary. */
    public static Cues standard() {
        return STANDARD;
    }

    /**
     * Loads the cues, taking each file from {@code overrides} when that folder has it and from the shipped
     * data otherwise, and checks every code against {@code vocabulary}.
     *
     * @throws IllegalArgumentException when a file is malformed or names an unknown code (names file and line)
     */
    public static Cues load(Vocabulary vocabulary, Path overrides) {
        List<Cue> listed = read(overrides, COUNTRY_FILE, code -> vocabulary.isKnown(Dimension.COUNTRY, code));
        List<Cue> countries = new ArrayList<>(listed);
        countries.addAll(labelNames(vocabulary, listed));
        return new Cues(countries,
                read(overrides, TOPIC_FILE, code -> vocabulary.isKnown(Dimension.TOPIC, code)),
                read(overrides, TYPE_FILE, code -> vocabulary.isKnown(Dimension.TYPE, code)));
    }

    /** Country names, short forms, adjectives and capitals, with the phrases that only look like them. */
    public List<Cue> countryNames() {
        return countryNames;
    }

    public List<Cue> topics() {
        return topics;
    }

    public List<Cue> types() {
        return types;
    }

    private static List<Cue> read(Path overrides, String file, Predicate<String> knownCode) {
        List<Cue> cues = new ArrayList<>();
        for (Vocabulary.Row row : Vocabulary.rows(overrides, file)) {
            if (row.cells().length != 4) {
                throw Vocabulary.malformed(file, row.line(), "expected: code<TAB>language<TAB>weight<TAB>phrases");
            }
            String code = row.cells()[0].strip();
            String language = row.cells()[1].strip();
            if (!code.equals(NOT_A_MENTION) && !knownCode.test(code)) {
                throw Vocabulary.malformed(file, row.line(), "unknown code " + code);
            }
            if (!language.equals(ANY_LANGUAGE) && !Vocabulary.LABEL_LANGUAGES.contains(language)) {
                throw Vocabulary.malformed(file, row.line(), "language must be one of "
                        + Vocabulary.LABEL_LANGUAGES + " or " + ANY_LANGUAGE + ", not " + language);
            }
            double weight = weight(file, row);
            for (String phrase : row.cells()[3].split("\\|")) {
                if (!phrase.isBlank()) {
                    cues.add(new Cue(code, language, weight, phrase.strip()));
                }
            }
        }
        return cues;
    }

    private static double weight(String file, Vocabulary.Row row) {
        try {
            double weight = Double.parseDouble(row.cells()[2].strip());
            if (weight >= 0 && weight <= 100) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Vocabulary.malformed(file, row.line(), "weight must be a number from 0 to 100, not " + row.cells()[2]);
    }

    /** Cues from the JDK country labels in each label language, except where a listed phrase replaces them. */
    private static List<Cue> labelNames(Vocabulary vocabulary, List<Cue> listed) {
        Set<String> replaced = new HashSet<>();
        for (Cue cue : listed) {
            replaced.add(cue.language() + "|" + Vocabulary.fold(cue.phrase()));
        }
        List<Cue> cues = new ArrayList<>();
        for (String code : vocabulary.countryCodes()) {
            for (String language : Vocabulary.LABEL_LANGUAGES) {
                String label = vocabulary.label(Dimension.COUNTRY, code, language);
                if (label.equals(code)) {
                    continue;
                }
                for (String name : variants(label, language)) {
                    String folded = Vocabulary.fold(name);
                    if (!folded.isEmpty() && !replaced.contains(ANY_LANGUAGE + "|" + folded)
                            && replaced.add(language + "|" + folded)) {
                        cues.add(new Cue(code, language, 1, name));
                    }
                }
            }
        }
        return cues;
    }

    /** "Myanmar (Burma)" gives Myanmar and Burma; "Bosnia &amp; Herzegovina" also gives "Bosnia and Herzegovina". */
    static Set<String> variants(String label, String language) {
        Set<String> names = new LinkedHashSet<>();
        Matcher parenthesis = PARENTHESIS.matcher(label);
        names.add(parenthesis.replaceAll("").strip());
        parenthesis.reset();
        while (parenthesis.find()) {
            names.add(parenthesis.group(1).strip());
        }
        for (String name : List.copyOf(names)) {
            if (name.contains("&")) {
                names.add(name.replace("&", AND.get(language)));
            }
            if (name.startsWith("St. ")) {
                names.add("Saint " + name.substring(4));
            }
        }
        return names;
    }
}
