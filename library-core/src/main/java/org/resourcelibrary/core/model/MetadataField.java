package org.resourcelibrary.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metadata field of a document, the one place that names it: its {@link #key()} is its name in provenance
 * maps, manifest columns, upload and edit forms and the API, and it reads its value from a {@link Resource}.
 * Everything that goes through the fields one by one (merging sources, keeping a librarian's edits, comparing a
 * manifest row, the forms) goes through these, in this order (the forms' order).
 */
public enum MetadataField {
    TITLE("title", Shape.TEXT, Resource::title),
    SUMMARY("summary", Shape.TEXT, Resource::summary),
    KEYWORDS("keywords", Shape.LIST, Resource::keywords),
    AUTHORS("authors", Shape.LIST, Resource::authors),
    COUNTRIES("countries", Shape.LIST, Resource::countries),
    TOPICS("topics", Shape.LIST, Resource::topics),
    TYPE("type", Shape.TEXT, Resource::type),
    LANGUAGE("language", Shape.TEXT, Resource::language),
    YEAR("year", Shape.YEAR, Resource::year),
    ORGANIZATION("organization", Shape.TEXT, Resource::organization),
    FUNDER("funder", Shape.TEXT, Resource::funder),
    /** The work a document is an edition of (a librarian's key shared by a report's translations). */
    WORK("work", Shape.TEXT, Resource::work);

    /** What a field's value is. */
    public enum Shape {
        /** One text, or null. */
        TEXT,
        /** Several texts, possibly none. */
        LIST,
        /** A year ({@link Integer}), or null. */
        YEAR
    }

    private final String key;
    private final Shape shape;
    private final Function<Resource, Object> ofResource;

    MetadataField(String key, Shape shape, Function<Resource, Object> ofResource) {
        this.key = key;
        this.shape = shape;
        this.ofResource = ofResource;
    }

    /** The field's name in provenance, manifests, forms and the API. */
    @JsonValue
    public String key() {
        return key;
    }

    public Shape shape() {
        return shape;
    }

    /** A document's value of this field: a String, a {@code List<String>} or an Integer, as {@link #shape()}. */
    public Object of(Resource resource) {
        return ofResource.apply(resource);
    }

    public static Optional<MetadataField> fromKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    /** Every field's key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(MetadataField::key).toList();
    }
}
