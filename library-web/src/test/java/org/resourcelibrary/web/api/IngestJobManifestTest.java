package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;

/** A librarian zips a folder with its spreadsheet and sends it to {@code POST /api/ingest-jobs}. */
class IngestJobManifestTest extends ApiTestBase {

    private static final String MANIFEST = "file;title;countries\r\n"
            + "mentoring.txt;Guía de mentoría para supervisores;Malawi\r\n";

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mentoring.txt"));
            zip.write("Mentoring newly qualified social workers, week by week.".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(MANIFEST.getBytes(Charset.forName("windows-1252")));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void theZipsManifestGivesTheTitlesAndIsNotADocument() throws Exception {
        HttpResponse<String> submitted = app.send(new Multipart().file("file", "mentoring.zip", "application/zip",
                zip()).post(app, "/api/ingest-jobs", TOKEN));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);

        JsonNode job = LibrarianApiTest.awaitDone(submitted.headers().firstValue("Location").orElseThrow());

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode report = job.get("report");
        assertThat(report.get("indexed").asInt()).isEqualTo(1);
        assertThat(report.get("items").findValues("path")).extracting(JsonNode::asText)
                .contains("mentoring.zip!/manifest.csv");
        JsonNode manifestItem = null;
        for (JsonNode item : report.get("items")) {
            manifestItem = item.get("path").asText().endsWith("manifest.csv") ? item : manifestItem;
        }
        assertThat(manifestItem.get("status").asText()).isEqualTo("skipped");
        assertThat(manifestItem.get("reason").asText()).isEqualTo("manifest");
        JsonNode hit = json(app.get("/api/search?q=mentoring&country=MW")).get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo("Guía de mentoría para supervisores");
    }
}
