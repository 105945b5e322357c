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
 * <p>Adding a field is adding a constant here (and, if code wants it by name, one accessor on {@link Resource}).
 * Everything that goes through the fields one by one (the stored JSON, merging sources, keeping a librarian's
 * edits, comparing a manifest row, the forms, the API's description, OAI) goes through these, in this order
 * (the forms' order); new constants go last, so that stored documents keep their shape with one more property.
 */
public enum MetadataField {
    TITLE("title", Shape.TEXT, "title"),
    SUMMARY("summary", Shape.TEXT, "description"),
    KEYWORDS("keywords", Shape.LIST, "subject"),
    AUTHORS("authors", Shape.LIST, "creator"),
    COUNTRIES("countries", Shape.LIST, "coverage"),
    TOPICS("topics", Shape.LIST, "subject"),
    TYPE("type", Shape.TEXT, "type"),
    LANGUAGE("language", Shape.TEXT, "language"),
    YEAR("year", Shape.YEAR, "date"),
    ORGANIZATION("organization", Shape.TEXT, "publisher"),
    /** Who paid for the work the document reports (free text, as librarians give it). */
    FUNDER("funder", Shape.TEXT, "contributor"),
    /**
     * The work a document is an edition of: a librarian's key shared by a report's translations. The key means
     * nothing outside the library, so no Dublin Core element carries it; OAI relates the editions' pages instead.
     */
    WORK("work", Shape.TEXT, null);

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
    private final String dublinCore;

    MetadataField(String key, Shape shape, String dublinCore) {
        this.key = key;
        this.shape = shape;
        this.dublinCore = dublinCore;
    }

    /** The field's name in stored documents, the API, provenance, manifests and forms. */
    @JsonValue
    public String key() {
        return key;
    }

    public Shape shape() {
        return shape;
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
