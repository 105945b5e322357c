package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.List;

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
        String organization) {

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String KEYWORDS = "keywords";
    public static final String AUTHORS = "authors";
    public static final String COUNTRIES = "countries";
    public static final String TOPICS = "topics";
    public static final String TYPE = "type";
    public static final String LANGUAGE = "language";
    public static final String YEAR = "year";
    public static final String ORGANIZATION = "organization";
    /** Every field, as named in provenance maps, manifests and forms. */
    public static final List<String> FIELDS =
            List.of(TITLE, SUMMARY, KEYWORDS, AUTHORS, COUNTRIES, TOPICS, TYPE, LANGUAGE, YEAR, ORGANIZATION);

    /** No metadata at all. */
    public static final MetadataValues NONE =
            new MetadataValues(null, null, null, null, null, null, null, null, null, null);

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
    }

    /** These values with {@code year} as the year. */
    public MetadataValues withYear(Integer year) {
        return new MetadataValues(title, summary, keywords, authors, countries, topics, type, language, year,
                organization);
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
