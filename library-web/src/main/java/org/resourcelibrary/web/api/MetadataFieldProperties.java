package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.resourcelibrary.core.model.MetadataField;

/**
 * The parts of the API's description that list metadata fields, derived from their definitions
 * ({@link MetadataField}): a field the description file does not document yet is described from its shape in
 * the document body, the metadata edit ({@code PATCH}) and the upload form, and the fields a bulk edit may
 * change are every field's key.
 */
final class MetadataFieldProperties {

    private static final String DOCUMENTS = "/api/documents";
    /** The requests that name one field to change in every document a search finds. */
    private static final List<String> BULK_EDITS = List.of("/api/bulk-edits/preview",
            "/api/bulk-edits");

    private MetadataFieldProperties() {
    }

    /** {@code spec} with every metadata field described (changed in place, and returned). */
    static JsonNode describe(JsonNode spec) {
        JsonNode schemas = spec.path("components").path("schemas");
        ObjectNode document = (ObjectNode) schemas.path("Document").path("properties");
        ObjectNode patch = (ObjectNode) schemas.path("MetadataPatch").path("properties");
        ObjectNode upload = (ObjectNode) spec.path("paths").path(DOCUMENTS).path("post").path("requestBody")
                .path("content").path("multipart/form-data").path("schema").path("properties");
        for (MetadataField field : MetadataField.values()) {
            if (!document.has(field.key())) {
                document.set(field.key(), stored(document, field));
            }
            if (!patch.has(field.key())) {
                patch.set(field.key(), edited(patch, field));
            }
            if (!upload.has(field.key())) {
                upload.putObject(field.key()).put("type", "string");
            }
        }
        for (String path : BULK_EDITS) {
            JsonNode named = spec.path("paths").path(path).path("post").path("requestBody").path("content")
                    .path("application/json").path("schema").path("properties").path("field");
            if (named instanceof ObjectNode field) {
                ArrayNode keys = field.putArray("enum");
                MetadataField.keys().forEach(keys::add);
            }
        }
        return spec;
    }

    /** How a document body holds the field: a list is an array (empty when none), the others may be null. */
    private static ObjectNode stored(ObjectNode node, MetadataField field) {
        ObjectNode property = node.objectNode();
        if (field.shape() == MetadataField.Shape.LIST) {
            property.put("type", "array").putObject("items").put("type", "string");
        } else {
            property.set("type", nullable(node, typeOf(field)));
        }
        return property;
    }

    /** What an edit may give: a list as an array or as text separated by {@code ;}; null clears the field. */
    private static ObjectNode edited(ObjectNode node, MetadataField field) {
        ObjectNode property = node.objectNode();
        if (field.shape() == MetadataField.Shape.LIST) {
            property.putArray("oneOf").add(stored(node, field)).add(node.objectNode().put("type", "string"))
                    .add(node.objectNode().put("type", "null"));
        } else {
            property.set("type", nullable(node, typeOf(field)));
        }
        return property;
    }

    private static String typeOf(MetadataField field) {
        return field.shape() == MetadataField.Shape.YEAR ? "integer" : "string";
    }

    private static JsonNode nullable(ObjectNode node, String type) {
        return node.arrayNode().add(type).add("null");
    }
}
