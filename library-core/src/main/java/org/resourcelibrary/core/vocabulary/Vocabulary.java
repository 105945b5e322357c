package org.resourcelibrary.core.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Dimension;

/**
 * The library's controlled vocabulary. Immutable and thread-safe.
 *
 * <p>Data files ({@code regions.tsv}, {@code countries.tsv}, {@code topics.tsv}, {@code types.tsv}) are
 * read from the classpath, or from a folder that holds replacements for any of them. Country and language
 * labels come from the JDK's locale data.
 */
public final class Vocabulary {

    /** Language of the labels used when no other is asked for. */
    public static final String DEFAULT_LANGUAGE = "en";
    /** Languages the vocabulary is labelled in and the text analysis supports. */
    public static final List<String> LABEL_LANGUAGES = List.of("en", "fr", "es", "pt");

    // Declared before STANDARD: static initialisers run in order and load() needs it.
    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());
    private static final Vocabulary STANDARD = load(null);

    /** The terms of each {@link MetadataField.Kind#TERMS} dimension, by code. */
    private final Map<Dimension, Map<String, Term>> terms;
    private final Map<String, Term> regions;
    private final Map<String, String> regionOfCountry;
    private final Map<String, Term> topics;
    private final Map<String, Term> types;
    private final Map<String, String> codeByName;

    private Vocabulary(Map<Dimension, Map<String, Term>> terms, Map<String, String> regionOfCountry) {
        this.terms = Collections.unmodifiableMap(terms);
        this.regions = terms.get(Dimension.REGION);
        this.regionOfCountry = Collections.unmodifiableMap(regionOfCountry);
        this.topics = terms.get(Dimension.TOPIC);
        this.types = terms.get(Dimension.TYPE);
        this.codeByName = Collections.unmodifiableMap(nameIndex());
    }

    /** The vocabulary shipped with the library. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /**
     * Loads the vocabulary, taking each data file from {@code overrides} when that folder has it and from
     * the shipped data otherwise.
     *
     * @throws IllegalArgumentException when a file is malformed (names the file and line)
     */
    public static Vocabulary load(Path overrides) {
        Map<Dimension, Map<String, Term>> terms = new TreeMap<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension.kind() == MetadataField.Kind.TERMS) {
                String file = termsFile(dimension);
                terms.put(dimension, Collections.unmodifiableMap(terms(rows(overrides, file), file)));
            }
        }
        Map<String, Term> regions = terms.get(Dimension.REGION);
        Map<String, String> regionOfCountry = new TreeMap<>();
        for (Row row : rows(overrides, "countries.tsv")) {
            if (row.cells.length != 2) {
                throw malformed("countries.tsv", row.line, "expected: code<TAB>region");
            }
            String code = row.cells[0].toUpperCase(Locale.ROOT);
            if (!regions.containsKey(row.cells[1])) {
                throw malformed("countries.tsv", row.line, "unknown region " + row.cells[1]);
            }
            regionOfCountry.put(code, row.cells[1]);
        }
        return new Vocabulary(terms, regionOfCountry);
    }

    /** The file of a {@link MetadataField.Kind#TERMS} dimension's terms: {@code topics.tsv} for topics. */
    static String termsFile(Dimension dimension) {
        return dimension.param() + "s.tsv";
    }

    /** The terms of a {@link MetadataField.Kind#TERMS} dimension, in file order (empty for other dimensions). */
    public List<Term> terms(Dimension dimension) {
        return List.copyOf(terms.getOrDefault(dimension, Map.of()).values());
    }

    /** The label of a value of {@code dimension} in {@code language}; free values and years are their own. */
    public String label(Dimension dimension, String code, String language) {
        if (code == null) {
            return null;
        }
        return switch (dimension.kind()) {
            case COUNTRIES -> countryName(code, language);
            case LANGUAGES -> languageName(code, language);
            case TERMS -> term(dimension, code).map(t -> t.label(language)).orElse(code);
            case YEARS, FREE -> code;
        };
    }

    /**
     * Resolves what a person typed to a value of {@code dimension}: for a controlled dimension, a code or a
     * label in any label language (any case, with or without accents); a four-digit year; any free value,
     * stripped.
     */
    public Optional<String> resolve(Dimension dimension, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return switch (dimension.kind()) {
            case COUNTRIES, LANGUAGES, TERMS -> Optional.ofNullable(codeByName.get(nameKey(dimension, typed)));
            case YEARS, FREE -> isKnown(dimension, typed.strip()) ? Optional.of(typed.strip()) : Optional.empty();
        };
    }

    /** Whether {@code value} is a value {@code dimension} can have (a known code, a year, a free value). */
    public boolean isKnown(Dimension dimension, String value) {
        if (value == null) {
            return false;
        }
        return switch (dimension.kind()) {
            case COUNTRIES -> regionOfCountry.containsKey(value);
            case LANGUAGES -> value.length() == 2 && LANGUAGE_CODES.contains(value);
            case TERMS -> terms.getOrDefault(dimension, Map.of()).containsKey(value);
            case YEARS -> value.matches("\\d{4}");
            case FREE -> !value.isBlank() && value.length() <= Dimension.MAX_FREE_VALUE_LENGTH;
        };
    }

    private Optional<Term> term(Dimension dimension, String code) {
        return Optional.ofNullable(terms.getOrDefault(dimension, Map.of()).get(code));
    }

    public List<Term> regions() {
        return List.copyOf(regions.values());
    }

    public List<Term> topics() {
        return List.copyOf(topics.values());
    }

    public List<Term> types() {
        return List.copyOf(types.values());
    }

    /** ISO 3166-1 alpha-2 codes of every known country, sorted. */
    public Set<String> countryCodes() {
        return regionOfCountry.keySet();
    }

    /** The region a country belongs to, if the country is known. */
    public Optional<String> regionOf(String countryCode) {
        return Optional.ofNullable(regionOfCountry.get(countryCode));
    }

    /** Country codes of a region, sorted. */
    public List<String> countriesOf(String regionCode) {
        List<String> codes = new ArrayList<>();
        regionOfCountry.forEach((country, region) -> {
            if (region.equals(regionCode)) {
                codes.add(country);
            }
        });
        return codes;
    }

    public Optional<Term> region(String code) {
        return term(Dimension.REGION, code);
    }

    public Optional<Term> topic(String code) {
        return term(Dimension.TOPIC, code);
    }

    public Optional<Term> type(String code) {
        return term(Dimension.TYPE, code);
    }

    /** A country's name in {@code language} (JDK locale data), or the code itself if unknown. */
    private String countryName(String code, String language) {
        if (!isKnown(Dimension.COUNTRY, code)) {
            return code;
        }
        String label = new Locale("", code).getDisplayCountry(locale(language));
        return label.isBlank() ? code : label;
    }

    /** A language's name in {@code language} (JDK locale data), e.g. {@code fr} → "French". */
    private String languageName(String code, String language) {
        if (code == null) {
            return null;
        }
        String label = new Locale(code).getDisplayLanguage(locale(language));
        return label.isBlank() ? code : label.substring(0, 1).toUpperCase(locale(language)) + label.substring(1);
    }

    /** Lower case, accents removed, punctuation as spaces: how typed names are compared. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }

    /** The key of a typed name in the name index: {@code country:zambia}. */
    private static String nameKey(Dimension dimension, String typed) {
        return dimension.param() + ":" + fold(typed);
    }

    /** Every code and label of every controlled dimension, by {@link #nameKey}; a code wins over a label. */
    private Map<String, String> nameIndex() {
        Map<String, String> index = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            Collection<String> codes = switch (dimension.kind()) {
                case COUNTRIES -> regionOfCountry.keySet();
                case LANGUAGES -> LANGUAGE_CODES;
                case TERMS -> terms.get(dimension).keySet();
                case YEARS, FREE -> List.of();
            };
            for (String code : codes) {
                index.put(nameKey(dimension, code), code);
            }
            for (String code : codes) {
                for (String lang : LABEL_LANGUAGES) {
                    index.putIfAbsent(nameKey(dimension, label(dimension, code, lang)), code);
                }
                term(dimension, code).ifPresent(term -> term.labels().values()
                        .forEach(label -> index.putIfAbsent(nameKey(dimension, label), code)));
            }
        }
        return index;
    }

    private static Locale locale(String language) {
        return new Locale(language == null ? DEFAULT_LANGUAGE : language);
    }

    /** A data line of a vocabulary file: its 1-based line number and tab-separated cells. */
    record Row(int line, String[] cells) {
    }

    /** The data lines of {@code file} (comments and blank lines skipped), from {@code overrides} or the classpath. */
    static List<Row> rows(Path overrides, String file) {
        try (BufferedReader reader = open(overrides, file)) {
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(number, line.split("\t", -1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary file " + file, e);
        }
    }

    private static BufferedReader open(Path overrides, String file) throws IOException {
        if (overrides != null && Files.isRegularFile(overrides.resolve(file))) {
            return Files.newBufferedReader(overrides.resolve(file), StandardCharsets.UTF_8);
        }
        InputStream in = Vocabulary.class.getResourceAsStream(file);
        if (in == null) {
            throw new IOException("missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Map<String, Term> terms(List<Row> rows, String file) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.cells.length != 1 + LABEL_LANGUAGES.size()) {
                throw malformed(file, row.line, "expected: code<TAB>en<TAB>fr<TAB>es<TAB>pt");
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < LABEL_LANGUAGES.size(); i++) {
                if (!row.cells[i + 1].isBlank()) {
                    labels.put(LABEL_LANGUAGES.get(i), row.cells[i + 1].strip());
                }
            }
            String code = row.cells[0].strip();
            if (terms.put(code, new Term(code, labels)) != null) {
                throw malformed(file, row.line, "duplicate code " + code);
            }
        }
        return terms;
    }

    static IllegalArgumentException malformed(String file, int line, String why) {
        return new IllegalArgumentException("vocabulary " + file + " line " + line + ": " + why);
    }
}
