package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.core.model.MetadataField.AUTHORS;
import static org.resourcelibrary.core.model.MetadataField.COUNTRIES;
import static org.resourcelibrary.core.model.MetadataField.FUNDER;
import static org.resourcelibrary.core.model.MetadataField.KEYWORDS;
import static org.resourcelibrary.core.model.MetadataField.LANGUAGE;
import static org.resourcelibrary.core.model.MetadataField.ORGANIZATION;
import static org.resourcelibrary.core.model.MetadataField.SUMMARY;
import static org.resourcelibrary.core.model.MetadataField.TITLE;
import static org.resourcelibrary.core.model.MetadataField.TOPICS;
import static org.resourcelibrary.core.model.MetadataField.TYPE;
import static org.resourcelibrary.core.model.MetadataField.WORK;
import static org.resourcelibrary.core.model.MetadataField.YEAR;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;

/**
 * The API's document body keeps the shape clients know: the fixture is what the positional record (with
 * {@code funder} and {@code work}) served, byte for byte.
 */
class DocumentJsonTest {

    /** What {@code GET /api/documents/d1} answered for the document below. */
    private static final String SERVED = "{\"id\":\"d1\",\"title\":\"Workforce assessment\",\"summary\":\"A summary\","
            + "\"keywords\":[\"workforce\",\"HRH\"],\"authors\":[\"J. Banda\"],\"countries\":[\"ZM\",\"MW\"],"
            + "\"topics\":[\"workforce-planning\"],\"type\":\"report\",\"language\":\"en\",\"year\":2019,"
            + "\"organization\":\"Ministry of Health\",\"fileName\":\"a.pdf\",\"mediaType\":\"application/pdf\","
            + "\"sizeBytes\":42,\"sha256\":\"ab\",\"added\":\"2024-01-02T03:04:05Z\","
            + "\"modified\":\"2024-01-03T03:04:05.123Z\",\"provenance\":{\"title\":\"manifest\"},"
            + "\"extraction\":{\"mediaType\":\"application/pdf\",\"chars\":1000,\"pages\":3,\"truncated\":false,"
            + "\"ocr\":\"none\",\"properties\":{\"creator\":\"Word\"}},\"funder\":\"Global Fund\","
            + "\"work\":\"workforce-assessment\",\"sources\":[{\"path\":\"a.pdf\",\"upload\":false,\"size\":42,"
            + "\"modifiedMillis\":7}],\"url\":\"/documents/d1\",\"fileUrl\":\"/api/documents/d1/file\"}";

    @Test
    void aDocumentIsServedAsBefore() throws Exception {
        Metadata metadata = Metadata.NONE.with(TITLE, "Workforce assessment").with(SUMMARY, "A summary")
                .with(KEYWORDS, List.of("workforce", "HRH")).with(AUTHORS, List.of("J. Banda"))
                .with(COUNTRIES, List.of("ZM", "MW")).with(TOPICS, List.of("workforce-planning")).with(TYPE, "report")
                .with(LANGUAGE, "en").with(YEAR, 2019).with(ORGANIZATION, "Ministry of Health")
                .with(FUNDER, "Global Fund").with(WORK, "workforce-assessment");
        Resource resource = Resource.of("d1", metadata).withMetadata(metadata, Map.of(TITLE, FieldSource.MANIFEST))
                .withFile("a.pdf", "application/pdf", 42, "ab")
                .withSources(List.of(new SourceRef("/docs", "a.pdf", 42, 7)))
                .withTimes(Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-01-03T03:04:05.123Z"))
                .withExtraction(new Extraction("application/pdf", 1000, 3, false, OcrStatus.NONE,
                        Map.of("creator", "Word")));

        assertThat(Json.mapper().writeValueAsString(DocumentJson.of(resource))).isEqualTo(SERVED);
    }
}
