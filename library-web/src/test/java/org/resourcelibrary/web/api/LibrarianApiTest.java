package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RepositoryFiles;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;

/** The librarian endpoints, through the real ingest pipeline. */
class LibrarianApiTest extends ApiTestBase {

    static final Path SAMPLES = RepositoryFiles.root().resolve("sample-docs/library");

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    static HttpResponse<String> upload(Multipart form) {
        return app.send(form.post(app, "/api/documents", TOKEN));
    }

    static HttpResponse<String> patch(String id, String contentType, String body) {
        return app.send(app.request("/api/documents/" + id).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static HttpResponse<String> delete(String id) {
        return app.send(app.request("/api/documents/" + id).header("Authorization", "Bearer " + TOKEN).DELETE()
                .build());
    }

    static HttpResponse<String> authorizedGet(String path) {
        return app.send(app.request(path).header("Authorization", "Bearer " + TOKEN).GET().build());
    }

    @Test
    void an_upload_is_created_searchable_at_once_and_committed_before_the_201() throws IOException {
        HttpResponse<String> response = upload(new Multipart()
                .file("file", "kenya-volunteer-field-notes.txt", "text/plain", sample("kenya-volunteer-field-notes.txt"))
                .field("title", "Field notes of Kenyan community volunteers")
                .field("countries", "Kenya; Uganda")
                .field("type", "gray literature")
                .field("year", "2017"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json(response);
        String id = body.get("document").get("id").asText();
        assertThat(body.get("status").asText()).isEqualTo("indexed");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/documents/" + id);
        assertThat(body.get("document").get("countries").toString()).isEqualTo("[\"KE\",\"UG\"]");
        assertThat(body.get("document").get("provenance").get("title").asText()).isEqualTo("upload");
        assertThat(SearchApiTest.ids(json(app.get("/api/search?q=Kenyan+community+volunteers&year=2017"))))
                .contains(id);
        try (LuceneLibrary committed = LuceneLibrary.openReadOnly(library.data().index(), Vocabulary.standard())) {
            assertThat(committed.get(id)).isPresent();
        }
    }

    @Test
    void uploading_content_the_library_has_returns_that_document() throws IOException {
        HttpResponse<String> response = upload(new Multipart().file("file", "copy-of-zambia.pdf", "application/pdf",
                sample("zambia-workforce-assessment-2019.pdf")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("duplicate");
        assertThat(json(response).get("document").get("id").asText()).isEqualTo(TestLibrary.ZAMBIA);
    }

    @Test
    void an_unknown_form_value_is_a_400_naming_the_field_and_stores_nothing() throws IOException {
        long before = library.library().count();
        HttpResponse<String> response = upload(new Multipart()
                .file("file", "lettre.txt", "text/plain", sample("lettre-du-reseau-2020.txt"))
                .field("countries", "Narnia"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("countries");
        assertThat(json(response).get("detail").asText()).contains("Narnia");
        assertThat(library.library().count()).isEqualTo(before);
    }

    @Test
    void an_unknown_form_field_is_a_400_naming_it() throws IOException {
        HttpResponse<String> response = upload(new Multipart()
                .file("file", "lettre.txt", "text/plain", sample("lettre-du-reseau-2020.txt"))
                .field("colour", "blue"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("colour");
    }

    @Test
    void an_upload_without_a_file_is_a_400() {
        HttpResponse<String> response = upload(new Multipart().field("title", "nothing attached"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("file");
    }

    @Test
    void an_upload_that_is_not_multipart_is_a_415() {
        HttpResponse<String> response = app.send(app.request("/api/documents")
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4")).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void an_empty_file_is_a_422_and_stores_nothing() {
        HttpResponse<String> response = upload(new Multipart().file("file", "empty.pdf", "application/pdf",
                new byte[0]));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("detail").asText()).contains("nothing was stored");
    }

    @Test
    void a_file_of_a_type_nothing_reads_is_a_415() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);

        HttpResponse<String> response = upload(new Multipart().file("file", "noise.bin", "application/octet-stream",
                noise));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
    }

    @Test
    void a_file_over_the_limit_is_a_413_before_anything_is_stored(@TempDir Path other) throws IOException {
        try (TestLibrary small = TestLibrary.create(other);
             RunningApp limited = RunningApp.start(small.services(WebSettings.defaults().with(null, null, 1L),
                     access()))) {
            byte[] big = new byte[(int) (UploadedFiles.FORM_OVERHEAD_BYTES + 1024 * 1024 + 1)];

            HttpResponse<String> response = limited.send(new Multipart()
                    .file("file", "big.txt", "text/plain", big).post(limited, "/api/documents", TOKEN));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("detail").asText()).contains("1 MB");
            assertThat(small.library().count()).isEqualTo(5);
        }
    }

    @Test
    void a_file_just_over_the_limit_within_the_form_allowance_is_a_413_too(@TempDir Path other)
            throws IOException {
        try (TestLibrary small = TestLibrary.create(other);
             RunningApp limited = RunningApp.start(small.services(WebSettings.defaults().with(null, null, 1L),
                     access()))) {
            byte[] over = new byte[1024 * 1024 + 10];
            java.util.Arrays.fill(over, (byte) 'a');

            HttpResponse<String> response = limited.send(new Multipart()
                    .file("file", "over.txt", "text/plain", over).post(limited, "/api/documents", TOKEN));

            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void an_edit_changes_the_metadata_as_a_librarians_edit_and_reindexes() {
        HttpResponse<String> response = patch(TestLibrary.GUIA, "application/json",
                "{\"title\": \"Guía nacional de manejo de casos\", \"countries\": [\"CO\", \"PE\"], \"year\": 2022}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("title").asText()).isEqualTo("Guía nacional de manejo de casos");
        assertThat(document.get("provenance").get("countries").asText()).isEqualTo("edit");
        assertThat(SearchApiTest.ids(json(app.get("/api/search?country=PE")))).containsExactly(TestLibrary.GUIA);
        assertThat(json(app.get("/api/documents/" + TestLibrary.GUIA)).get("year").asInt()).isEqualTo(2022);
    }

    @Test
    void a_bad_edit_is_a_400_naming_the_field() {
        assertThat(json(patch(TestLibrary.BOLETIM, "application/json", "{\"type\": \"novel\"}")).get("parameter")
                .asText()).isEqualTo("type");
        assertThat(json(patch(TestLibrary.BOLETIM, "application/json", "{\"colour\": \"red\"}")).get("parameter")
                .asText()).isEqualTo("colour");
        assertThat(json(patch(TestLibrary.BOLETIM, "application/json", "{\"title\": {\"en\": \"x\"}}"))
                .get("parameter").asText()).isEqualTo("title");
        assertThat(patch(TestLibrary.BOLETIM, "application/json", "{not json").statusCode()).isEqualTo(400);
        assertThat(patch(TestLibrary.BOLETIM, "application/json", "[]").statusCode()).isEqualTo(400);
    }

    @Test
    void an_edit_that_is_not_json_is_a_415_and_a_huge_one_a_413() {
        assertThat(patch(TestLibrary.BOLETIM, "text/plain", "title=x").statusCode()).isEqualTo(415);
        String huge = "{\"summary\": \"" + "x".repeat(LibrarianEndpoints.MAX_EDIT_BYTES) + "\"}";
        assertThat(patch(TestLibrary.BOLETIM, "application/json", huge).statusCode()).isEqualTo(413);
    }

    @Test
    void editing_or_deleting_an_unknown_document_is_a_404() {
        assertThat(patch("no-such-document", "application/json", "{\"title\": \"x\"}").statusCode()).isEqualTo(404);
        assertThat(delete("no-such-document").statusCode()).isEqualTo(404);
    }

    @Test
    void a_deleted_document_is_gone_from_search_and_its_file_from_the_store() {
        String sha = library.library().get(TestLibrary.NOTES).orElseThrow().sha256();

        HttpResponse<String> response = delete(TestLibrary.NOTES);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(app.get("/api/documents/" + TestLibrary.NOTES).statusCode()).isEqualTo(404);
        assertThat(SearchApiTest.ids(json(app.get("/api/search?size=100")))).doesNotContain(TestLibrary.NOTES);
        assertThat(library.services().blobs().find(sha)).isEmpty();
    }

    @Test
    void a_zip_is_ingested_in_the_background_with_progress_and_the_cli_report() throws Exception {
        byte[] zip = zip("batch/angola-legislacao-servico-social.pdf", "batch/uganda-supervision-checklist.xlsx",
                "batch/empty.txt");

        HttpResponse<String> submitted = app.send(new Multipart().file("file", "batch.zip", "application/zip", zip)
                .post(app, "/api/ingest-jobs", TOKEN));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        JsonNode job = awaitDone(location);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("filesTotal").asInt()).isEqualTo(3);
        assertThat(job.get("filesDone").asInt()).isEqualTo(3);
        JsonNode report = job.get("report");
        assertThat(report.get("indexed").asInt()).isEqualTo(2);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        assertThat(report.get("items")).hasSize(3);
        assertThat(json(app.get("/api/search?q=supervision&country=UG")).get("total").asInt()).isPositive();
        assertThat(json(authorizedGet("/api/ingest-jobs")).get("jobs").toString()).contains(job.get("id").asText());
        JsonNode latest = json(authorizedGet("/api/ingest-reports?limit=1")).get("reports").get(0);
        assertThat(latest.get("failures").get(0).get("path").asText()).endsWith("empty.txt");
        assertThat(authorizedGet("/api/ingest-reports/" + latest.get("name").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_job_upload_that_is_not_a_zip_is_a_415() throws IOException {
        HttpResponse<String> response = app.send(new Multipart().file("file", "notes.txt", "text/plain",
                sample("lettre-du-reseau-2020.txt")).post(app, "/api/ingest-jobs", TOKEN));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void unknown_jobs_and_reports_are_404s() {
        assertThat(authorizedGet("/api/ingest-jobs/no-such-job").statusCode()).isEqualTo(404);
        assertThat(authorizedGet("/api/ingest-reports/ingest-20000101T000000.000Z.json").statusCode())
                .isEqualTo(404);
        assertThat(authorizedGet("/api/ingest-reports/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
    }

    /** Polls the job until it is over, for at most three minutes. */
    static JsonNode awaitDone(String location) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        JsonNode job = json(authorizedGet(location));
        while (!job.get("state").asText().matches("done|failed") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            job = json(authorizedGet(location));
        }
        return job;
    }

    /** A zip of sample documents (an {@code empty.txt} entry is empty). */
    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                String name = entry.substring(entry.lastIndexOf('/') + 1);
                zip.write(name.equals("empty.txt") ? new byte[0] : sample(name));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

}
