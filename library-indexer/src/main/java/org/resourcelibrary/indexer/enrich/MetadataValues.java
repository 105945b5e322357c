package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;

/**
 * The metadata one source gives a document (a manifest row, the upload form, the file's properties,
 * inference): any field may be missing ({@code null} or an empty list). Codes, not labels: countries are
 * ISO 3166-1 alpha-2, topics and type vocabulary codes, language ISO 639-1.
 */
public record MetadataValues(
        String title,
        String summary,
        List<String> keywords,
        List<String> authors,
        List<String> countries,
        List<String> topics,
        String type,
        String language,
        Integer year,
        String organization,
        String funder,
        String work) {

    /** Every field, as named in provenance maps, manifests and forms ({@link MetadataField#key()}). */
    public static final List<String> FIELDS = MetadataField.keys();

    /** No metadata at all. */
    public static final MetadataValues NONE = of(Map.of());

    public MetadataValues {
        title = text(title);
        summary = text(summary);
        keywords = list(keywords);
        authors = list(authors);
        countries = list(countries);
        topics = list(topics);
        type = text(type);
        language = text(language);
        organization = text(organization);
        funder = text(funder);
        work = text(work);
    }

    /**
     * The values of the given fields, the others absent.
     *
     * @param values by field: a String, a {@code List<String>} or an Integer, as the field's shape says
     */
    @SuppressWarnings("unchecked")
    public static MetadataValues of(Map<MetadataField, ?> values) {
        return new MetadataValues(
                (String) values.get(MetadataField.TITLE),
                (String) values.get(MetadataField.SUMMARY),
                (List<String>) values.get(MetadataField.KEYWORDS),
                (List<String>) values.get(MetadataField.AUTHORS),
                (List<String>) values.get(MetadataField.COUNTRIES),
                (List<String>) values.get(MetadataField.TOPICS),
                (String) values.get(MetadataField.TYPE),
                (String) values.get(MetadataField.LANGUAGE),
                (Integer) values.get(MetadataField.YEAR),
                (String) values.get(MetadataField.ORGANIZATION),
                (String) values.get(MetadataField.FUNDER),
                (String) values.get(MetadataField.WORK));
    }

    /** A document's metadata values. */
    public static MetadataValues of(Resource resource) {
        Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            values.put(field, field.of(resource));
        }
        return of(values);
    }

    /** The value of {@code field}: a String, a {@code List<String>} or an Integer, as its shape says. */
    public Object get(MetadataField field) {
        return switch (field) {
            case TITLE -> title;
            case SUMMARY -> summary;
            case KEYWORDS -> keywords;
            case AUTHORS -> authors;
            case COUNTRIES -> countries;
            case TOPICS -> topics;
            case TYPE -> type;
            case LANGUAGE -> language;
            case YEAR -> year;
            case ORGANIZATION -> organization;
            case FUNDER -> funder;
            case WORK -> work;
        };
    }

    /** These values with {@code field} set to {@code value} (a list for list fields). */
    public MetadataValues with(MetadataField field, Object value) {
        Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
        for (MetadataField each : MetadataField.values()) {
            values.put(each, each == field ? value : get(each));
        }
        return of(values);
    }

    /** Whether {@code field} has a value (a list with at least one). */
    public boolean has(MetadataField field) {
        Object value = get(field);
        return value instanceof List<?> list ? !list.isEmpty() : value != null;
    }

    /** These values with {@code year} as the year. */
    public MetadataValues withYear(Integer year) {
        return with(MetadataField.YEAR, year);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Trimmed, without blanks and repeats, in the order given. */
    private static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            String trimmed = text(value);
            if (trimmed != null && !kept.contains(trimmed)) {
                kept.add(trimmed);
            }
        }
        return List.copyOf(kept);
    }
}
