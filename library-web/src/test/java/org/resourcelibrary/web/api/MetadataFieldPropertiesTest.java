package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;

/** The API's description lists the metadata fields from their definitions. */
class MetadataFieldPropertiesTest {

    @Test
    void aBulkEditMayNameEveryField() throws Exception {
        JsonNode paths = ApiDocs.description().path("paths");

        for (String path : List.of("/api/bulk-edits/preview", "/api/bulk-edits")) {
            List<String> offered = new ArrayList<>();
            paths.path(path).path("post").path("requestBody").path("content").path("application/json")
                    .path("schema").path("properties").path("field").path("enum")
                    .forEach(key -> offered.add(key.asText()));
            assertThat(offered).as(path).containsExactlyElementsOf(MetadataField.keys());
        }
    }

    @Test
    void everyFieldIsADocumentPropertyAndEditable() throws Exception {
        JsonNode schemas = ApiDocs.description().path("components").path("schemas");

        for (MetadataField field : MetadataField.values()) {
            assertThat(schemas.path("Document").path("properties").has(field.key())).as(field.key()).isTrue();
            assertThat(schemas.path("MetadataPatch").path("properties").has(field.key())).as(field.key()).isTrue();
        }
    }
}
