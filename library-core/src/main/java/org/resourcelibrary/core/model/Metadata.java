package org.resourcelibrary.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a document's metadata fields ({@link MetadataField}), or those one source gives it (a manifest
 * row, the upload form, the file's properties, inference): any field may have none. Values are kept in their
 * shape's normal form, so two sources that say the same thing are equal. Codes, not labels: countries are
 * ISO 3166-1 alpha-2, topics and type vocabulary codes, language ISO 639-1. Immutable.
 */
public final class Metadata {

    /** No metadata at all. */
    public static final Metadata NONE = new Metadata(new EnumMap<>(MetadataField.class));

    /** Each field's value in normal form; a field without one is absent. */
    private final Map<MetadataField, Object> values;

    private Metadata(EnumMap<MetadataField, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The values of the given fields, the others none.
     *
     * @param values by field: a String, a {@code List<String>} or an Integer, as the field's shape says
     */
    public static Metadata of(Map<MetadataField, ?> values) {
        EnumMap<MetadataField, Object> kept = new EnumMap<>(MetadataField.class);
        values.forEach((field, value) -> {
            Object normal = field.shape().normalise(value);
            if (normal != null && !(normal instanceof List<?> list && list.isEmpty())) {
                kept.put(field, normal);
            }
        });
        return new Metadata(kept);
    }

    /** The value of {@code field}: a String, a {@code List<String>} or an Integer, as its shape says. */
    public Object get(MetadataField field) {
        return values.getOrDefault(field, field.shape().none());
    }

    /** The value of a {@link MetadataField.Shape#TEXT} field, or null. */
    public String text(MetadataField field) {
        return (String) get(field);
    }

    /** The values of a {@link MetadataField.Shape#LIST} field, possibly none. */
    @SuppressWarnings("unchecked")
    public List<String> list(MetadataField field) {
        return (List<String>) get(field);
    }

    /** The value of a {@link MetadataField.Shape#YEAR} field, or null. */
    public Integer year(MetadataField field) {
        return (Integer) get(field);
    }

    /** Whether {@code field} has a value (a list with at least one). */
    public boolean has(MetadataField field) {
        return values.containsKey(field);
    }

    /** These values with {@code field} set to {@code value} (a list for list fields; null for none). */
    public Metadata with(MetadataField field, Object value) {
        EnumMap<MetadataField, Object> changed = new EnumMap<>(MetadataField.class);
        changed.putAll(values);
        changed.put(field, value);
        return of(changed);
    }

    /** The fields that have a value, with their values, in field order. */
    public Map<MetadataField, Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metadata metadata && metadata.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
