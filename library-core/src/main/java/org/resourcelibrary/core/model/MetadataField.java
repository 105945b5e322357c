package org.resourcelibrary.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A metadata field of a document, the one place that defines it. Its {@link #key()} is its name everywhere a
 * person or program meets it: the stored document and the API's JSON, provenance, manifest columns, the upload
 * and edit forms. Its {@link #shape()} says what its value is (and so how it is read, normalised and written),
 * and {@link #dublinCore()} which Dublin Core element carries it to harvesters. Its value is read with
 * {@link #of(Resource)} or {@link Metadata#get(MetadataField)} and changed with
 * {@link Resource#with(MetadataField, Object)} or {@link Metadata#with(MetadataField, Object)}.
 *
 * <p>Adding a field is adding a constant here, and its name in the web pages' message bundles
 * ({@code metadata.<key>}); a field declared a {@link Facet} is also a facet dimension, indexed, counted, filtered
 * and offered by every door with nothing else to write.
 * Everything that goes through the fields one by one (the stored JSON, merging sources, keeping a librarian's
 * edits, comparing a manifest row, the forms, the API's description, OAI) goes through these, in this order
 * (the forms' order); new constants go last, so that stored documents keep their shape with one more property.
 */
public enum MetadataField {
    TITLE("title", Shape.TEXT, Kind.FREE, "title", null),
    SUMMARY("summary", Shape.TEXT, Kind.FREE, "description", null),
    KEYWORDS("keywords", Shape.LIST, Kind.FREE, "subject", null),
    AUTHORS("authors", Shape.LIST, Kind.FREE, "creator", null),
    COUNTRIES("countries", Shape.LIST, Kind.COUNTRIES, "coverage", Facet.suggested("country", 1)),
    TOPICS("topics", Shape.LIST, Kind.TERMS, "subject", Facet.suggested("topic", 2)),
    TYPE("type", Shape.TEXT, Kind.TERMS, "type", Facet.suggested(3)),
    LANGUAGE("language", Shape.TEXT, Kind.LANGUAGES, "language", Facet.counted()),
    YEAR("year", Shape.YEAR, Kind.YEARS, "date", Facet.counted()),
    ORGANIZATION("organization", Shape.TEXT, Kind.FREE, "publisher", Facet.suggested(5)),
    /** Who paid for the work the document reports: free values librarians give, never inferred. */
    FUNDER("funder", Shape.TEXT, Kind.FREE, "contributor", Facet.suggested(6)),
    /**
     * The work a document is an edition of: a librarian's key shared by a report's translations. The key means
     * nothing outside the library, so no Dublin Core element carries it; OAI relates the editions' pages instead.
     */
    WORK("work", Shape.TEXT, Kind.FREE, null, null);

    /** What a field's values are, and so how a typed value resolves to one. */
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

    /**
     * That a field is a facet dimension, and how: its parameter name in URLs, JSON and the CLI (the field's key
     * unless given) and its rank among the suggestions offered while a member types ({@link #NOT_SUGGESTED} for
     * none). Everything else about the dimension follows from the field (see {@code core.search.Dimension}).
     */
    public record Facet(String param, int suggestionRank) {

        public static final int NOT_SUGGESTED = 0;

        /** A dimension named after its field and offered as a suggestion at {@code rank} (1 first). */
        static Facet suggested(int rank) {
            return new Facet(null, rank);
        }

        /** A dimension named {@code param} (a singular where the field's key is plural), suggested at {@code rank}. */
        static Facet suggested(String param, int rank) {
            return new Facet(param, rank);
        }

        /** A dimension named after its field, counted and filtered but not suggested. */
        static Facet counted() {
            return new Facet(null, NOT_SUGGESTED);
        }
    }

    /** What a field's value is, and so how it is normalised. */
    public enum Shape {
        /** One text, stripped, or null (blank is none). */
        TEXT,
        /** Several texts, stripped, without blanks and repeats, in the order given; possibly none. */
        LIST,
        /** A year ({@link Integer}), or null. */
        YEAR;

        /** {@code value} in this shape's normal form (the empty value when it is none). */
        Object normalise(Object value) {
            return switch (this) {
                case TEXT -> text((String) value);
                case LIST -> list(value);
                case YEAR -> value;
            };
        }

        /** The value of a field of this shape that has none. */
        Object none() {
            return this == LIST ? List.of() : null;
        }

        private static String text(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static List<String> list(Object values) {
            if (values == null) {
                return List.of();
            }
            List<String> kept = new ArrayList<>();
            for (Object value : (List<?>) values) {
                String trimmed = text((String) value);
                if (trimmed != null && !kept.contains(trimmed)) {
                    kept.add(trimmed);
                }
            }
            return List.copyOf(kept);
        }
    }

    private final String key;
    private final Shape shape;
    private final Kind kind;
    private final String dublinCore;
    private final Facet facet;

    MetadataField(String key, Shape shape, Kind kind, String dublinCore, Facet facet) {
        this.key = key;
        this.shape = shape;
        this.kind = kind;
        this.dublinCore = dublinCore;
        this.facet = facet == null || facet.param() != null ? facet : new Facet(key, facet.suggestionRank());
    }

    /** The field's name in stored documents, the API, provenance, manifests and forms. */
    @JsonValue
    public String key() {
        return key;
    }

    public Shape shape() {
        return shape;
    }

    /** What its values are: vocabulary codes of some kind, years, or free text. */
    public Kind kind() {
        return kind;
    }

    /** Whether and how the field is a facet dimension. */
    public Optional<Facet> facet() {
        return Optional.ofNullable(facet);
    }

    /** The simple Dublin Core element ({@code oai_dc}) that carries the field, without its namespace; or null. */
    public String dublinCore() {
        return dublinCore;
    }

    /** A document's value of this field: a String, a {@code List<String>} or an Integer, as {@link #shape()}. */
    public Object of(Resource resource) {
        return resource.metadata().get(this);
    }

    public static Optional<MetadataField> fromKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** Every field's key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(MetadataField::key).toList();
    }
}
