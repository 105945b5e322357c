package org.resourcelibrary.core.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.MetadataField.Facet;
import org.resourcelibrary.core.model.MetadataField.Kind;
import org.resourcelibrary.core.model.Resource;

/**
 * A facet dimension, and the one place that says what it is (as Lucene's {@code FacetsConfig} does for the
 * index): its parameter name in URLs, JSON and the CLI, whether a document has several values, whether it is a
 * hierarchy over another dimension, where its values come from ({@link Kind}) and which values of a document it
 * holds. The index schema, the vocabulary's labels and checks, the request's validity, the query parser, facet
 * counting, suggestions, the API's parameters, the page's sidebar and the CLI's options all derive from these.
 *
 * <p>A dimension is made from the {@link MetadataField} that declares a {@link Facet}: a new dimension is that
 * declaration on its field, and nothing here. The one dimension without a field of its own, {@link #REGION}, is
 * derived from the countries. The dimensions come in the fields' order, each grouping dimension right after the
 * dimension it groups; that order is their {@link #ordinal()}, which facet counting and the requests' maps use.
 * What a dimension is called in each language is the web pages' business (their message bundles).
 */
public final class Dimension implements Comparable<Dimension> {

    /** Longest free value accepted in a filter. */
    public static final int MAX_FREE_VALUE_LENGTH = 1000;

    private static final int REGION_SUGGESTION_RANK = 4;
    private static final List<Dimension> VALUES = define();

    public static final Dimension COUNTRY = of(MetadataField.COUNTRIES).orElseThrow();
    /** Regions group countries: each region value has its countries below it, and a document's regions are
     * those of its countries. */
    public static final Dimension REGION = fromParam("region").orElseThrow();
    public static final Dimension TOPIC = of(MetadataField.TOPICS).orElseThrow();
    public static final Dimension TYPE = of(MetadataField.TYPE).orElseThrow();
    public static final Dimension LANGUAGE = of(MetadataField.LANGUAGE).orElseThrow();
    public static final Dimension YEAR = of(MetadataField.YEAR).orElseThrow();
    public static final Dimension ORGANIZATION = of(MetadataField.ORGANIZATION).orElseThrow();

    private final String param;
    private final Kind kind;
    private final boolean multiValued;
    private final Dimension over;
    private final int suggestionRank;
    /** The metadata field its values are, or null for a dimension derived from another. */
    private final MetadataField field;
    private final int ordinal;

    private Dimension(String param, Kind kind, boolean multiValued, Dimension over, int suggestionRank,
                      MetadataField field, int ordinal) {
        this.param = param;
        this.kind = kind;
        this.multiValued = multiValued;
        this.over = over;
        this.suggestionRank = suggestionRank;
        this.field = field;
        this.ordinal = ordinal;
    }

    /** Every dimension, in order: one per field that declares a facet, and the regions after the countries. */
    private static List<Dimension> define() {
        List<Dimension> dimensions = new ArrayList<>();
        for (MetadataField field : MetadataField.values()) {
            field.facet().ifPresent(facet -> {
                Dimension dimension = new Dimension(facet.param(), field.kind(),
                        field.shape() == MetadataField.Shape.LIST, null, facet.suggestionRank(), field,
                        dimensions.size());
                dimensions.add(dimension);
                if (field == MetadataField.COUNTRIES) {
                    dimensions.add(new Dimension("region", Kind.TERMS, true, dimension, REGION_SUGGESTION_RANK,
                            null, dimensions.size()));
                }
            });
        }
        return List.copyOf(dimensions);
    }

    /** Every dimension, in order (a new array each time, as an enum's). */
    public static Dimension[] values() {
        return VALUES.toArray(new Dimension[0]);
    }

    @JsonValue
    public String param() {
        return param;
    }

    /** The dimension's place among {@link #values()}. */
    public int ordinal() {
        return ordinal;
    }

    /** Its constant-like name ({@code COUNTRY}), for messages and logs. */
    public String name() {
        return param.toUpperCase(Locale.ROOT);
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
        return VALUES.stream().anyMatch(d -> d.over == this);
    }

    /** What to add to "unknown value" to say what a valid value looks like. */
    public String hint() {
        return switch (kind) {
            case COUNTRIES -> ": use an ISO 3166-1 alpha-2 code such as ZM or a country's name";
            case LANGUAGES -> ": use an ISO 639-1 code such as fr or a language's name";
            case YEARS -> ": use a four-digit year";
            case FREE -> "";
            case TERMS -> ": see GET /api/facets/" + param + " for the codes";
        };
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
        return VALUES.stream().filter(d -> d.field == field).findFirst();
    }

    public static Optional<Dimension> fromParam(String param) {
        return VALUES.stream().filter(d -> d.param.equals(param)).findFirst();
    }

    /** The dimension named {@code param} in JSON; one it names none is refused, as an enum's unknown name is. */
    @JsonCreator
    static Dimension fromJson(String param) {
        return fromParam(param).orElseThrow(() -> new IllegalArgumentException("no dimension " + param));
    }

    /** The dimensions offered as suggestions while typing a query, most useful first. */
    public static List<Dimension> suggested() {
        return VALUES.stream().filter(d -> d.suggestionRank != Facet.NOT_SUGGESTED)
                .sorted(Comparator.comparingInt(d -> d.suggestionRank)).toList();
    }

    /** The dimensions filtered by values named one by one (every one but years, which are also a range). */
    public static List<Dimension> filters() {
        return VALUES.stream().filter(d -> d.kind != Kind.YEARS).toList();
    }

    /** In {@link #ordinal()} order, as an enum's constants compare (so sorted maps keep the dimensions' order). */
    @Override
    public int compareTo(Dimension other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return name();
    }

    private static List<Object> single(Object value) {
        return value == null ? List.of() : List.of(value);
    }
}
