package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;

/**
 * The JSON body of {@code PATCH /api/documents/{id}} read as the upload form's text fields, each value checked
 * against what its field holds: text, a list of text (or text with {@code ;} between values), a whole-number
 * year, or null to clear it. A value of another kind is refused with what was sent, never written out as
 * text ({@code {"title": 123}} is not the title "123").
 */
final class MetadataEdit {

    private MetadataEdit() {
    }

    /** A value of the wrong kind for its field. */
    static final class WrongTypeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;

        WrongTypeException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /**
     * The edit as form fields: lists joined, the year written out, null as a blank (clearing the field). Fields
     * that are not metadata pass through as text, for the form to name them.
     *
     * @throws WrongTypeException naming the first field whose value is of the wrong kind
     */
    static Map<String, String> fields(JsonNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.fields().forEachRemaining(entry -> fields.put(entry.getKey(), value(entry.getKey(), entry.getValue())));
        return fields;
    }

    private static String value(String field, JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        Optional<MetadataField> metadata = MetadataField.fromKey(field);
        if (metadata.isEmpty()) {
            return value.isTextual() ? value.asText() : value.toString();
        }
        if (metadata.get().shape() == MetadataField.Shape.YEAR) {
            if (value.isIntegralNumber() || value.isTextual()) {
                return value.asText();
            }
            throw new WrongTypeException(field, field + " must be a whole number, got "
                    + (value.isNumber() ? value.asText() : kind(value)));
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (metadata.get().shape() != MetadataField.Shape.LIST) {
            throw new WrongTypeException(field, field + " must be a string, got " + kind(value));
        }
        if (!value.isArray()) {
            throw new WrongTypeException(field, field + " must be a list of strings, got " + kind(value));
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new WrongTypeException(field, field + " must be a list of strings, got " + kind(item)
                        + " in the list");
            }
            items.add(item.asText());
        }
        return String.join(UploadedFiles.LIST_SEPARATOR, items);
    }

    /** What kind of JSON value was sent, as a person would say it. */
    private static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asText() + ")";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.isNull() ? "null" : "a string";
    }
}
