package org.resourcelibrary.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;

/** The metadata fields named once, and the stored documents and API bodies that keep their shape. */
class MetadataFieldTest {

    /** A document as stored (and served) before the fields were named by an enum. */
    private static final String STORED = """
            {"id":"d1","title":"Workforce assessment","summary":"A summary","keywords":["workforce"],
             "authors":["J. Banda"],"countries":["ZM"],"topics":["workforce-planning"],"type":"report",
             "language":"en","year":2019,"organization":"Ministry","fileName":"a.pdf",
             "mediaType":"application/pdf","sizeBytes":42,"sha256":"ab",
             "sources":[{"source":"/docs","path":"a.pdf","size":42,"modifiedMillis":7}],
             "added":"2024-01-02T03:04:05Z","modified":"2024-01-02T03:04:05Z",
             "provenance":{"title":"manifest","year":"edit"},
             "extraction":{"mediaType":"application/pdf","chars":1000,"pages":3,"truncated":false,
                           "ocr":"none","properties":{"creator":"Word"}}}
            """;

    @Test
    void aStoredDocumentReadsAndWritesBackWithItsFieldsUnchanged() throws Exception {
        JsonNode stored = Json.mapper().readTree(STORED);

        Resource resource = Json.mapper().treeToValue(stored, Resource.class);

        // Fields added since (the funder, the work) are written after the others, empty: the stored ones keep
        // their shape.
        ObjectNode expected = ((ObjectNode) stored.deepCopy()).putNull(MetadataField.FUNDER.key())
                .putNull(MetadataField.WORK.key());
        // Compared as trees read from the text written: provenance is a map, its order is not part of the shape.
        assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(resource))).isEqualTo(expected);
        assertThat(resource.provenance()).containsEntry(MetadataField.YEAR, FieldSource.EDIT);
    }

    @Test
    void eachFieldReadsItsValueFromADocument() throws Exception {
        Resource resource = Json.mapper().readValue(STORED, Resource.class);

        assertThat(MetadataField.TITLE.of(resource)).isEqualTo("Workforce assessment");
        assertThat(MetadataField.COUNTRIES.of(resource)).isEqualTo(List.of("ZM"));
        assertThat(MetadataField.YEAR.of(resource)).isEqualTo(2019);
        assertThat(MetadataField.ORGANIZATION.of(resource)).isEqualTo("Ministry");
    }

    @Test
    void fieldsAreNamedByTheirKeysInJsonAndLookups() throws Exception {
        assertThat(Json.mapper().writeValueAsString(Map.of("f", MetadataField.ORGANIZATION)))
                .isEqualTo("{\"f\":\"organization\"}");
        assertThat(MetadataField.fromKey("countries")).contains(MetadataField.COUNTRIES);
        assertThat(MetadataField.fromKey("country")).isEmpty();
        assertThat(MetadataField.keys()).startsWith("title", "summary", "keywords", "authors", "countries");
    }

    @Test
    void aDocumentWithoutMetadataHasEmptyListsNotNulls() {
        Resource bare = Json.mapper().convertValue(Map.of("id", "d2", "added", Instant.EPOCH.toString()),
                Resource.class);

        assertThat(MetadataField.KEYWORDS.of(bare)).isEqualTo(List.of());
        assertThat(MetadataField.TITLE.of(bare)).isNull();
    }
}
