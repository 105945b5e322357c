package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.PublicationYears;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Refusal;
import org.resourcelibrary.core.vocabulary.Cue;
import org.resourcelibrary.core.vocabulary.Cues;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Reads metadata as a person types it, in a manifest row or the upload form: codes or names in English,
 * French, Spanish or Portuguese, any case, with or without accents, several values separated by {@code ;}
 * or {@code |}. Every value that cannot be understood is a problem, with the closest known name when there
 * is one; the values that can be understood are kept. Immutable and thread-safe.
 */
public final class MetadataForm {

    /** Earliest year a librarian may give: the library's one range of publication years. */
    public static final int EARLIEST_YEAR = PublicationYears.EARLIEST;

    private static final Pattern LIST = Pattern.compile("\\s*[;|]\\s*");
    /** How several values are written in one field. */
    public static final String LIST_SEPARATOR = "; ";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^([A-Za-z]{2,3})[-_][A-Za-z0-9-_]+$");
    /** An official name written the ISO/UN way round: "Korea, Republic of", "Bolivia (Plurinational State of)". */
    private static final Pattern INVERTED_NAME =
            Pattern.compile("^([^,()]+?)\\s*(?:,\\s*([^,()]+)|\\(([^,()]+)\\))$");
    /** Separators people use for lists that the form does not take as one (only {@code ;} and {@code |} are). */
    private static final Pattern OTHER_LIST = Pattern.compile("\\s*[,/]\\s*");
    /** A span of years, "2019/2020", "2019-2020", "2019–20": the first year is the document's. */
    private static final Pattern YEAR_SPAN = Pattern.compile("^(\\d{4})\\s*[-/–—]\\s*\\d{2,4}$");

    private final Vocabulary vocabulary;
    private final int latestYear;
    /** Country names beyond the vocabulary's labels ("DRC", "Ivory Coast", "Viet Nam"), by folded name. */
    private final Map<String, String> countryByName;
    /** The names each vocabulary-checked dimension knows, to suggest the closest to an unknown value. */
    private final Map<Dimension, ClosestNames> known = new TreeMap<>();

    /** @param latestYear the latest year a document may be given (the current year, plus one for forthcoming) */
    public MetadataForm(Vocabulary vocabulary, Cues cues, int latestYear) {
        this.vocabulary = vocabulary;
        this.latestYear = latestYear;
        this.countryByName = unambiguousNames(cues.countryNames());
        for (MetadataField field : MetadataField.values()) {
            checked(field).ifPresent(dimension -> known.put(dimension, new ClosestNames(names(dimension))));
        }
    }

    /** A form for the standard vocabulary and cues, accepting years up to next year. */
    public static MetadataForm standard() {
        return new MetadataForm(Vocabulary.standard(), Cues.standard(), PublicationYears.latest());
    }

    /**
     * The values understood, the problems found, and notes on values read in a way the person should know of
     * (a span of years taken as its first year): they are kept, so notes are not problems.
     */
    public record Parsed(Metadata values, List<FieldProblem> problems, List<FieldProblem> notes) {

        public Parsed {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Reads {@code fields}, keyed by field name ({@link MetadataField#key()}); blank fields are absent.
     */
    public Parsed parse(Map<String, String> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        List<FieldProblem> notes = new ArrayList<>();
        for (String field : fields.keySet()) {
            if (!MetadataField.keys().contains(field)) {
                problems.add(FieldProblem.of(field, MetadataRefusal.UNKNOWN_FIELD, field,
                        String.join(", ", MetadataField.keys())));
            }
        }
        Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            // Free fields as typed; those of a controlled dimension are understood against its vocabulary
            // (below), the year as a year.
            String given = fields.get(field.key());
            values.put(field, field.shape() == MetadataField.Shape.LIST ? list(given) : given);
        }
        for (MetadataField field : MetadataField.values()) {
            checked(field).ifPresent(dimension -> values.put(field, codes(fields, field, dimension, problems)));
        }
        values.put(MetadataField.YEAR, year(fields.get(MetadataField.YEAR.key()), problems, notes));
        return new Parsed(Metadata.of(values), problems, notes);
    }

    /** The dimension whose vocabulary a field's values are checked against, if they are codes. */
    private static Optional<Dimension> checked(MetadataField field) {
        return Dimension.of(field).filter(Dimension::controlled);
    }

    /**
     * A field's values as codes of {@code dimension}: a list field's every value, a single field's first
     * (the others are a problem); each value not understood is a problem.
     */
    private Object codes(Map<String, String> fields, MetadataField field, Dimension dimension,
                         List<FieldProblem> problems) {
        Function<String, Optional<String>> resolve = typed -> resolve(dimension, typed);
        List<String> codes = new ArrayList<>();
        for (String value : list(fields.get(field.key()))) {
            Optional<String> code = resolve.apply(value);
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                problems.add(unknown(field, dimension, value, resolve));
            }
        }
        if (field.shape() == MetadataField.Shape.LIST) {
            return codes;
        }
        if (codes.size() > 1 && dimension.kind() == MetadataField.Kind.TERMS) {
            // Types are the one single-valued vocabulary.
            problems.add(FieldProblem.of(field.key(), MetadataRefusal.ONE_TYPE, codes.size(),
                    String.join(", ", codes)));
        }
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** What a person may type for {@code dimension}: codes and names, with the aliases people use. */
    private Optional<String> resolve(Dimension dimension, String typed) {
        return switch (dimension.kind()) {
            case COUNTRIES -> countryCode(typed);
            case LANGUAGES -> languageCode(typed);
            default -> vocabulary.resolve(dimension, typed);
        };
    }

    /**
     * What is wrong with a value that was not understood: that {@code ;} separates values when its parts, split
     * at commas or slashes, are each understood; otherwise the closest known value, if any; and, for a
     * single-valued vocabulary (a type), its values, a short closed list to pick one from (unlike countries or
     * topics).
     */
    private FieldProblem unknown(MetadataField field, Dimension dimension, String value,
                                 Function<String, Optional<String>> resolve) {
        List<String> parts = Arrays.stream(OTHER_LIST.split(value.strip())).filter(part -> !part.isBlank())
                .toList();
        if (parts.size() > 1 && parts.stream().allMatch(part -> resolve.apply(part).isPresent())) {
            return FieldProblem.of(field.key(), MetadataRefusal.VALUE_UNKNOWN_SEPARATED, dimension, value,
                    String.join("; ", parts));
        }
        Optional<Refusal.Worded> closest = known.get(dimension).closest(value).map(code -> shown(dimension, code));
        if (!dimension.multiValued() && dimension.kind() == MetadataField.Kind.TERMS) {
            Refusal.Worded values = language -> String.join(", ", vocabulary.terms(dimension).stream()
                    .map(term -> shown(dimension, term.code()).in(language)).toList());
            return closest.map(c -> FieldProblem.of(field.key(), MetadataRefusal.CHOICE_UNKNOWN_CLOSEST, dimension,
                    value, c, values)).orElseGet(() -> FieldProblem.of(field.key(), MetadataRefusal.CHOICE_UNKNOWN,
                    dimension, value, values));
        }
        return closest.map(c -> FieldProblem.of(field.key(), MetadataRefusal.VALUE_UNKNOWN_CLOSEST, dimension, value,
                        c))
                .orElseGet(() -> FieldProblem.of(field.key(), MetadataRefusal.VALUE_UNKNOWN, dimension, value));
    }

    /** How a value is shown in a language: "Zambia (ZM)", "Zambie (ZM)". */
    private Refusal.Worded shown(Dimension dimension, String code) {
        return language -> shown(vocabulary.label(dimension, code, language), code);
    }

    /** Every name of every value of {@code dimension}, and the value's code. */
    private Map<String, String> names(Dimension dimension) {
        return switch (dimension.kind()) {
            case COUNTRIES -> names(vocabulary.countryCodes(), dimension);
            case LANGUAGES -> names(List.of(Locale.getISOLanguages()), dimension);
            default -> names(vocabulary.terms(dimension));
        };
    }

    /**
     * A country code, name or alias; or an official name written the ISO/UN way round, read turned round
     * ("Korea, Republic of" is the Republic of Korea) or else by its first part ("Tanzania, United Republic
     * of"), unless the second part is a country too (then it is a list, "Malawi, Zambia", and not understood).
     */
    private Optional<String> countryCode(String value) {
        Optional<String> code = knownCountry(value);
        Matcher inverted = INVERTED_NAME.matcher(value.strip());
        if (code.isPresent() || !inverted.matches()) {
            return code;
        }
        String head = inverted.group(1);
        String qualifier = inverted.group(2) != null ? inverted.group(2).strip() : inverted.group(3).strip();
        if (knownCountry(qualifier).isPresent()) {
            return Optional.empty();
        }
        return knownCountry(qualifier + " " + head).or(() -> knownCountry(head));
    }

    private Optional<String> knownCountry(String value) {
        Optional<String> code = vocabulary.resolve(Dimension.COUNTRY, value);
        return code.isPresent() ? code : Optional.ofNullable(countryByName.get(Vocabulary.fold(value)));
    }

    /** A language code or name, or a language tag such as "en-GB" for its language. */
    private Optional<String> languageCode(String value) {
        Optional<String> code = vocabulary.resolve(Dimension.LANGUAGE, value);
        Matcher tag = LANGUAGE_TAG.matcher(value.strip());
        return code.isPresent() || !tag.matches() ? code : vocabulary.resolve(Dimension.LANGUAGE, tag.group(1));
    }

    private Integer year(String value, List<FieldProblem> problems, List<FieldProblem> notes) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher span = YEAR_SPAN.matcher(value.strip());
        if (span.matches()) {
            notes.add(FieldProblem.of(MetadataField.YEAR.key(), MetadataRefusal.YEAR_SPAN, value.strip(),
                    span.group(1)));
            return year(span.group(1), problems, notes);
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= EARLIEST_YEAR && year <= latestYear) {
                return year;
            }
            problems.add(FieldProblem.of(MetadataField.YEAR.key(), MetadataRefusal.YEAR_RANGE, year, EARLIEST_YEAR,
                    latestYear));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(MetadataField.YEAR.key(), MetadataRefusal.NOT_A_YEAR, value.strip()));
        }
        return null;
    }

    static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(LIST.split(value.strip()))
                .filter(item -> !item.isBlank()).toList();
    }

    /** Each code's label in every label language, and the code. */
    private Map<String, String> names(Collection<String> codes, Dimension dimension) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes) {
            Vocabulary.LABEL_LANGUAGES.forEach(language -> names.put(vocabulary.label(dimension, code, language),
                    code));
        }
        return names;
    }

    private static Map<String, String> names(List<Term> terms) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Term term : terms) {
            names.put(term.code(), term.code());
            term.labels().values().forEach(label -> names.put(label, term.code()));
        }
        return names;
    }

    /** How a suggestion is shown: "Zambia (ZM)". */
    private static String shown(String label, String code) {
        return label + " (" + code + ")";
    }

    /** Names that point to one country only; a name shared by two (an adjective, say) resolves to none. */
    private static Map<String, String> unambiguousNames(List<Cue> cues) {
        Map<String, String> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Cue cue : cues) {
            if (cue.code().equals(Cues.NOT_A_MENTION)) {
                continue;
            }
            String name = Vocabulary.fold(cue.phrase());
            String previous = byName.putIfAbsent(name, cue.code());
            if (previous != null && !previous.equals(cue.code())) {
                ambiguous.add(name);
            }
        }
        ambiguous.forEach(byName::remove);
        return Map.copyOf(byName);
    }
}
