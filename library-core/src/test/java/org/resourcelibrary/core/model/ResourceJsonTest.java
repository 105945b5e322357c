package org.resourcelibrary.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;

/**
 * A document's JSON, as the index stores it and the API serves it, keeps the shape the positional record gave
 * it: the fixtures below are what the positional record (the last before {@link Metadata}, with {@code funder}
 * and {@code work}) wrote, byte for byte, so an existing index reads back and is written back unchanged.
 */
class ResourceJsonTest {

    /** Written by the positional record: every field given, one provenance entry (its map had no set order). */
    private static final String STORED = "{\"id\":\"d1\",\"title\":\"Workforce assessment\",\"summary\":\"A summary\","
            + "\"keywords\":[\"workforce\",\"HRH\"],\"authors\":[\"J. Banda\"],\"countries\":[\"ZM\",\"MW\"],"
            + "\"topics\":[\"workforce-planning\"],\"type\":\"report\",\"language\":\"en\",\"year\":2019,"
            + "\"organization\":\"Ministry of Health\",\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\","
            + "\"sizeBytes\":42,\"sha256\":\"ab\",\"sources\":[{\"source\":\"/docs\",\"path\":\"a.pdf\",\"size\":42,"
            + "\"modifiedMillis\":7}],\"added\":\"2024-01-02T03:04:05Z\",\"modified\":\"2024-01-03T03:04:05.123Z\","
            + "\"provenance\":{\"title\":\"manifest\"},\"extraction\":{\"mediaType\":\"application/pdf\","
            + "\"chars\":1000,\"pages\":3,\"truncated\":false,\"ocr\":\"none\",\"properties\":{\"creator\":\"Word\"}},"
            + "\"funder\":\"Global Fund\",\"work\":\"workforce-assessment\"}";

    /** Written by the positional record for a document with nothing but its id. */
    private static final String BARE = "{\"id\":\"d2\",\"title\":null,\"summary\":null,\"keywords\":[],\"authors\":[],"
            + "\"countries\":[],\"topics\":[],\"type\":null,\"language\":null,\"year\":null,\"organization\":null,"
            + "\"fileName\":null,\"mediaType\":null,\"sizeBytes\":0,\"sha256\":null,\"sources\":[],\"added\":null,"
            + "\"modified\":null,\"provenance\":{},\"extraction\":null,\"funder\":null,\"work\":null}";

    @Test
    void aStoredDocumentIsWrittenBackByteForByte() throws Exception {
        Resource stored = Json.mapper().readValue(STORED, Resource.class);

        assertThat(Json.mapper().writeValueAsString(stored)).isEqualTo(STORED);
    }

    @Test
    void aDocumentWithNothingButItsIdIsWrittenBackByteForByte() throws Exception {
        Resource bare = Json.mapper().readValue("{\"id\":\"d2\"}", Resource.class);

        assertThat(Json.mapper().writeValueAsString(bare)).isEqualTo(BARE);
    }

    @Test
    void aStoredDocumentReadsBackIntoItsFields() throws Exception {
        Resource stored = Json.mapper().readValue(STORED, Resource.class);

        assertThat(stored.title()).isEqualTo("Workforce assessment");
        assertThat(stored.countries()).containsExactly("ZM", "MW");
        assertThat(stored.year()).isEqualTo(2019);
        assertThat(MetadataField.FUNDER.of(stored)).isEqualTo("Global Fund");
        assertThat(stored.work()).isEqualTo("workforce-assessment");
        assertThat(stored.sources()).containsExactly(new SourceRef("/docs", "a.pdf", 42, 7));
        assertThat(stored.modified()).isEqualTo(Instant.parse("2024-01-03T03:04:05.123Z"));
        assertThat(stored.provenance()).isEqualTo(Map.of(MetadataField.TITLE, FieldSource.MANIFEST));
        assertThat(stored.extraction().properties()).containsEntry("creator", "Word");
    }

    @Test
    void everyFieldRoundTripsWithItsProvenance() throws Exception {
        Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);
        Map<MetadataField, FieldSource> provenance = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            values.put(field, switch (field.shape()) {
                case TEXT -> "value of " + field.key();
                case LIST -> List.of("first " + field.key(), "second " + field.key());
                case YEAR -> 2000 + field.ordinal();
            });
            provenance.put(field, FieldSource.values()[field.ordinal() % FieldSource.values().length]);
        }
        Metadata metadata = Metadata.of(values);
        Resource resource = Resource.of("d3", metadata).withMetadata(metadata, provenance);

        Resource read = Json.mapper().readValue(Json.mapper().writeValueAsString(resource), Resource.class);

        assertThat(read).isEqualTo(resource);
        for (MetadataField field : MetadataField.values()) {
            assertThat(field.of(read)).as(field.key()).isEqualTo(values.get(field));
            assertThat(read.provenance().get(field)).as(field.key()).isEqualTo(provenance.get(field));
        }
    }

    @Test
    void aProvenanceKeyThatNamesNoFieldIsLeftOut() throws Exception {
        Resource read = Json.mapper().readValue("{\"id\":\"d4\",\"provenance\":{\"title\":\"edit\",\"pages\":\"inferred\"}}",
                Resource.class);

        assertThat(read.provenance()).isEqualTo(Map.of(MetadataField.TITLE, FieldSource.EDIT));
    }
}
