package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.LibrarianView.MetadataFields;
import org.resourcelibrary.web.pages.LibrarianView.TextField;
import org.resourcelibrary.web.pages.SearchView.Option;

/**
 * The metadata fields of the librarian's forms: their pick-lists from the vocabulary, their values from a
 * document or from what was just sent, and what a sent form changes.
 *
 * <p>Fields are named as everywhere else ({@code title}, {@code countries}, {@code topics}, {@code type},
 * {@code language}, {@code year}, {@code organization}, {@code summary}, {@code keywords},
 * {@code authors}); several values travel as repeated parameters (pick-lists) or separated by {@code ;}
 * (typed lists), as the ingest's form reader expects.
 */
final class MetadataChoices {

    /** Field names, in form order. */
    static final List<String> FIELDS = MetadataField.keys();
    /** The fields the form lays out with a widget of its own; every other field is a line of text. */
    private static final Set<MetadataField> OWN_WIDGETS = EnumSet.of(MetadataField.TITLE, MetadataField.SUMMARY,
            MetadataField.KEYWORDS, MetadataField.AUTHORS, MetadataField.COUNTRIES, MetadataField.TOPICS,
            MetadataField.TYPE, MetadataField.LANGUAGE, MetadataField.YEAR, MetadataField.ORGANIZATION);
    /** Fields whose several values are ticked in a list rather than typed. */
    private static final Set<String> PICK_LISTS = Set.of("countries", "topics");
    private static final String LIST_SEPARATOR = "; ";

    private final Vocabulary vocabulary;

    MetadataChoices(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The vocabulary the choices are labelled from. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Empty fields, for a new upload, labelled in {@code labels} (the page's language). */
    MetadataFields empty(String labels) {
        return fields(Map.of(), labels);
    }

    /** A document's current values. */
    MetadataFields of(Resource resource, String labels) {
        return fields(values(resource), labels);
    }

    /** The values just sent, to show the form again with them, labelled in the page's language. */
    MetadataFields sent(Context ctx) {
        return fields(sentValues(ctx), Messages.of(ctx).language());
    }

    /** Every field as sent, one string each (pick-list values joined by {@code ;}); blank fields left out. */
    static Map<String, String> sentValues(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> given = ctx.formParams(field).stream().map(String::strip).filter(v -> !v.isEmpty())
                    .toList();
            if (!given.isEmpty()) {
                values.put(field, String.join(LIST_SEPARATOR, given));
            }
        }
        return values;
    }

    /**
     * The fields whose sent value differs from the document's, a cleared field as an empty value: an edit
     * records only what the librarian changed.
     */
    static Map<String, String> changes(Resource resource, Map<String, String> sent) {
        Map<String, String> current = values(resource);
        Map<String, String> changed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String before = current.getOrDefault(field, "");
            String after = sent.getOrDefault(field, "");
            if (!Objects.equals(comparable(field, before), comparable(field, after))) {
                changed.put(field, after);
            }
        }
        return changed;
    }

    /**
     * The fields where what a librarian sent differs from {@code current} (the document as another change left
     * it), each with its current value as the page shows it (codes by their labels in {@code labels}), for the
     * librarian to compare with the entries kept in the form.
     */
    List<TextField> differences(Resource current, Map<String, String> sent, String labels) {
        Map<String, String> now = values(current);
        Messages names = Messages.in(labels);
        return changes(current, sent).keySet().stream().map(key -> {
            MetadataField field = MetadataField.fromKey(key).orElseThrow();
            String value = now.getOrDefault(key, "");
            String shown = Dimension.of(field).filter(Dimension::controlled).map(dimension -> list(value).stream()
                    .filter(code -> !code.isEmpty()).map(code -> vocabulary.label(dimension, code, labels))
                    .collect(Collectors.joining(LIST_SEPARATOR))).orElse(value);
            return new TextField(key, FieldNames.of(names, field), shown);
        }).toList();
    }

    /**
     * A pick-list's values in any order are the same values: the form lists them in its own order, which must
     * not turn an untouched field into a librarian's edit.
     */
    private static Object comparable(String field, String value) {
        return PICK_LISTS.contains(field) ? new TreeSet<>(list(value)) : value;
    }

    /** A document's current values, as the forms send them. */
    static Map<String, String> values(Resource r) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MetadataField field : MetadataField.values()) {
            Object value = field.of(r);
            if (value instanceof List<?> list) {
                put(values, field.key(), String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList()));
            } else if (value != null) {
                put(values, field.key(), value.toString());
            }
        }
        return values;
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
        }
    }

    private MetadataFields fields(Map<String, String> values, String labels) {
        List<String> countries = list(values.get("countries"));
        List<String> topics = list(values.get("topics"));
        String type = values.get("type");
        String language = values.get("language");
        List<Option> countryOptions = new ArrayList<>();
        for (String code : vocabulary.countryCodes()) {
            countryOptions.add(new Option(code, vocabulary.label(Dimension.COUNTRY, code, labels),
                    countries.contains(code)));
        }
        // The document's countries first: among some 250, a ticked box further down would go unseen.
        countryOptions.sort(Comparator.comparing((Option option) -> !option.selected()).thenComparing(Option::label));
        List<String> languages = new ArrayList<>(Vocabulary.LABEL_LANGUAGES);
        if (language != null && !languages.contains(language)) {
            languages.add(language);
        }
        return new MetadataFields(values.getOrDefault("title", ""), values.getOrDefault("summary", ""),
                values.getOrDefault("keywords", ""), values.getOrDefault("authors", ""),
                values.getOrDefault("year", ""), values.getOrDefault("organization", ""), countryOptions,
                terms(vocabulary.topics(), topics, labels),
                terms(vocabulary.types(), type == null ? List.of() : List.of(type), labels),
                languages.stream().map(code -> new Option(code, vocabulary.label(Dimension.LANGUAGE, code, labels),
                        code.equals(language))).toList(), more(values, labels));
    }

    /** The fields without a widget of their own, each headed by its name. */
    private static List<TextField> more(Map<String, String> values, String labels) {
        Messages names = Messages.in(labels);
        return Arrays.stream(MetadataField.values()).filter(field -> !OWN_WIDGETS.contains(field))
                .map(field -> new TextField(field.key(), FieldNames.of(names, field),
                        values.getOrDefault(field.key(), ""))).toList();
    }

    private static List<Option> terms(List<Term> terms, List<String> selected, String labels) {
        return terms.stream().map(t -> new Option(t.code(), t.label(labels), selected.contains(t.code()))).toList();
    }

    private static List<String> list(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\\s*;\\s*"));
    }
}
