package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.ingest.TestLibrary.item;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;

/** Text files ingested as a librarian drops them in: found by their own words, and garbled ones counted. */
class TextEncodingIngestTest extends FolderIngestTest {

    private static final String FIXTURES = "/org/resourcelibrary/indexer/extract/charsets/";

    private void copyFixture(String name) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = getClass().getResourceAsStream(FIXTURES + name)) {
            Files.copy(in, folder.resolve(name));
        }
    }

    @Test
    void shortSpanishUtf8FilesAreFoundByTheirAccentedWords() throws Exception {
        copyFixture("es-short-utf8.txt");
        copyFixture("es-gb18030-trap-utf8.txt");

        IngestReport report = library.ingest(folder);

        assertThat(report.indexed()).isEqualTo(2);
        assertThat(report.garbled()).isZero();
        try (LuceneLibrary index = library.open()) {
            assertThat(index.search(SearchRequest.builder().query("supervisión").build()).hits())
                    .extracting(Hit::id).containsExactlyInAnyOrder(item(report, "es-short-utf8.txt").id(),
                            item(report, "es-gb18030-trap-utf8.txt").id());
        }
    }

    @Test
    void garbledTextIsCountedPerFileAndInTotal() throws Exception {
        write(folder.resolve("good.txt"), "Guía de supervisión para la formación del personal.");
        write(folder.resolve("saved-twice.txt"), "GuÃ­a de supervisiÃ³n para la formaciÃ³n del personal.");

        IngestReport report = library.ingest(folder);

        assertThat(item(report, "good.txt").garbled()).isZero();
        assertThat(item(report, "saved-twice.txt").garbled()).isEqualTo(6);
        assertThat(report.garbled()).isEqualTo(6);
        JsonNode json = Json.mapper().valueToTree(report);
        assertThat(json.get("garbled").asLong()).isEqualTo(6);
        assertThat(Json.mapper().treeToValue(json, IngestReport.class).garbled()).isEqualTo(6);
    }
}
