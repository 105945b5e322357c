package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;

/**
 * A facet dimension, and the one place that says what it is (as Lucene's {@code FacetsConfig} does for the
 * index): its parameter name in URLs, JSON and the CLI, its headings, whether a document has several values,
 * whether it is a hierarchy over another dimension, where its values come from ({@link Kind}) and which
 * values of a document it holds. The index schema, the vocabulary's labels and checks, the request's validity,
 * the query parser, facet counting, suggestions, the API's parameters, the page's sidebar and the CLI's options
 * all derive from these definitions: a new dimension is a new constant here.
 */
public enum Dimension {
    COUNTRY("country", Kind.COUNTRIES, true, null, 1,
            headings("Country", "Pays", "País", "País"),
            ": use an ISO 3166-1 alpha-2 code such as ZM or a country's name", MetadataField.COUNTRIES),
    /** Regions group countries: each region value has its countries below it, and a document's regions are
     * those of its countries. */
    REGION("region", Kind.TERMS, true, COUNTRY, 4,
            headings("Region", "Région", "Región", "Região"), null, null),
    TOPIC("topic", Kind.TERMS, true, null, 2,
            headings("Topic", "Thème", "Tema", "Tema"), null, MetadataField.TOPICS),
    TYPE("type", Kind.TERMS, false, null, 3,
            headings("Type", "Type", "Tipo", "Tipo"), null, MetadataField.TYPE),
    LANGUAGE("language", Kind.LANGUAGES, false, null, Dimension.NOT_SUGGESTED,
            headings("Language", "Langue", "Idioma", "Idioma"),
            ": use an ISO 639-1 code such as fr or a language's name", MetadataField.LANGUAGE),
    YEAR("year", Kind.YEARS, false, null, Dimension.NOT_SUGGESTED,
            headings("Year", "Année", "Año", "Ano"), ": use a four-digit year",
            MetadataField.YEAR),
    ORGANIZATION("organization", Kind.FREE, false, null, 5,
            headings("Organization", "Organisation", "Organización", "Organização"), "",
            MetadataField.ORGANIZATION),
    /** Who paid for the report: free values librarians give (manifest column, librarian form), never inferred. */
    FUNDER("funder", Kind.FREE, false, null, 6,
            headings("Funder", "Bailleur de fonds", "Financiador", "Financiador"), "", MetadataField.FUNDER);

    /** Where a dimension's values come from, and so how a typed value resolves to one. */
    public enum Kind {
        /** ISO 3166-1 alpha-2 codes, named in every label language (JDK locale data). */
        COUNTRIES,
        /** ISO 639-1 codes, named in every label language (JDK locale data). */
        LANGUAGES,
        /** Codes of the vocabulary file named after the dimension ({@code topics.tsv}), labelled per language. */
        TERMS,
        /** Four-digit years. */
        YEARS,
        /** Any text, as librarians give it (organisation names): its own label. */
        FREE
    }

    /** Longest free value accepted in a filter. */
    public static final int MAX_FREE_VALUE_LENGTH = 1000;

    private static final int NOT_SUGGESTED = 0;
    private static final List<String> HEADING_LANGUAGES = List.of("en", "fr", "es", "pt");

    private final String param;
    private final Kind kind;
    private final boolean multiValued;
    private final Dimension over;
    private final int suggestionRank;
    private final Map<String, String> headings;
    private final String hint;
    /** The metadata field its values are, or null for a dimension derived from another. */
    private final MetadataField field;

    Dimension(String param, Kind kind, boolean multiValued, Dimension over, int suggestionRank,
              Map<String, String> headings, String hint, MetadataField field) {
        this.param = param;
        this.kind = kind;
        this.multiValued = multiValued;
        this.over = over;
        this.suggestionRank = suggestionRank;
        this.headings = headings;
        this.hint = hint != null ? hint : ": see GET /api/facets/" + param + " for the codes";
        this.field = field;
    }

    @JsonValue
    public String param() {
        return param;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether its values are vocabulary codes (as opposed to free values such as organisation names). */
    public boolean controlled() {
        return kind != Kind.YEARS && kind != Kind.FREE;
    }

    /** Whether a document may have several values. */
    public boolean multiValued() {
        return multiValued;
    }

    /** Whether each value has values of another dimension ({@link #over()}) below it. */
    public boolean hierarchical() {
        return over != null;
    }

    /** The dimension whose values this one groups (a region's countries), or null. */
    public Dimension over() {
        return over;
    }

    /** Whether another dimension groups this one's values (countries, grouped by region). */
    public boolean grouped() {
        return Arrays.stream(values()).anyMatch(d -> d.over == this);
    }

    /** What the dimension is called, in {@code language} (English when it has no heading in that language). */
    public String heading(String language) {
        return headings.getOrDefault(language, headings.get(HEADING_LANGUAGES.get(0)));
    }

    /** What to add to "unknown value" to say what a valid value looks like. */
    public String hint() {
        return hint;
    }

    /**
     * A document's own values in this dimension, stripped, without blanks and repeats (a hierarchical
     * dimension's values are derived from those of the dimension it groups, so it has none of its own).
     */
    public List<String> valuesOf(Resource resource) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        Object values = field == null ? List.of() : field.of(resource);
        for (Object value : values instanceof List<?> list ? list : single(values)) {
            String text = String.valueOf(value);
            if (!text.isBlank()) {
                kept.add(text.strip());
            }
        }
        return List.copyOf(kept);
    }

    /** The metadata field whose values this dimension counts, if it has values of its own. */
    public Optional<MetadataField> field() {
        return Optional.ofNullable(field);
    }

    /** The dimension that counts {@code field}'s values, if one does. */
    public static Optional<Dimension> of(MetadataField field) {
        return Arrays.stream(values()).filter(d -> d.field == field).findFirst();
    }

    public static Optional<Dimension> fromParam(String param) {
        return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
    }

    /** The dimensions offered as suggestions while typing a query, most useful first. */
    public static List<Dimension> suggested() {
        List<Dimension> suggested = new ArrayList<>();
        for (Dimension dimension : values()) {
            if (dimension.suggestionRank != NOT_SUGGESTED) {
                suggested.add(dimension);
            }
        }
        suggested.sort(Comparator.comparingInt(d -> d.suggestionRank));
        return List.copyOf(suggested);
    }

    /** The dimensions filtered by values named one by one (every one but years, which are also a range). */
    public static List<Dimension> filters() {
        return Arrays.stream(values()).filter(d -> d.kind != Kind.YEARS).toList();
    }

    private static Map<String, String> headings(String en, String fr, String es, String pt) {
        return Map.of("en", en, "fr", fr, "es", es, "pt", pt);
    }

    private static List<Object> single(Object value) {
        return value == null ? List.of() : List.of(value);
    }
}
