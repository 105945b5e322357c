package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.web.api.LibrarianApiTest.sample;
import static org.resourcelibrary.web.api.LibrarianApiTest.upload;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.TestLibrary;

/**
 * No lost updates: a change sent with the ETag of the document it was worked out from ({@code If-Match}) is made
 * only on that version, so a librarian's edit never silently writes over another's made meanwhile.
 */
class DocumentVersionApiTest extends ApiTestBase {

    private static final String NOT_A_VERSION = "\"0123456789abcdef0123456789abcdef\"";

    @Test
    void an_edit_made_with_the_etag_read_answers_the_new_version_which_the_document_then_has() {
        String read = etag(TestLibrary.ZAMBIA);

        HttpResponse<String> response = patch(TestLibrary.ZAMBIA, read, "{\"year\": 2020}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String version = response.headers().firstValue("ETag").orElseThrow();
        assertThat(version).isNotEqualTo(read).isEqualTo(etag(TestLibrary.ZAMBIA));
        assertThat(json(app.get("/api/documents/" + TestLibrary.ZAMBIA)).get("year").asInt()).isEqualTo(2020);
    }

    @Test
    void an_edit_from_a_version_another_edit_replaced_is_a_412_problem_and_changes_nothing() {
        String read = etag(TestLibrary.TOOLKIT);
        assertThat(patch(TestLibrary.TOOLKIT, read, "{\"organization\": \"First librarian\"}").statusCode())
                .isEqualTo(200);

        HttpResponse<String> second = patch(TestLibrary.TOOLKIT, read, "{\"organization\": \"Second librarian\"}");

        assertThat(second.statusCode()).as(second.body()).isEqualTo(412);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(second).get("type").asText()).isEqualTo("about:blank");
        assertThat(json(second).get("title").asText()).isEqualTo("Precondition failed");
        assertThat(json(second).get("detail").asText()).contains("changed since it was read")
                .contains("GET /api/documents/" + TestLibrary.TOOLKIT).contains("If-Match");
        assertThat(json(app.get("/api/documents/" + TestLibrary.TOOLKIT)).get("organization").asText())
                .isEqualTo("First librarian");
    }

    @Test
    void a_deletion_from_a_version_an_edit_replaced_is_a_412_and_the_document_stays() {
        String read = etag(TestLibrary.GUIA);
        assertThat(patch(TestLibrary.GUIA, read, "{\"year\": 2022}").statusCode()).isEqualTo(200);

        HttpResponse<String> response = delete(TestLibrary.GUIA, read);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
        assertThat(json(response).get("detail").asText()).contains("was not deleted");
        assertThat(app.get("/api/documents/" + TestLibrary.GUIA).statusCode()).isEqualTo(200);
    }

    @Test
    void a_deletion_with_the_current_version_deletes() {
        assertThat(delete(TestLibrary.NOTES, etag(TestLibrary.NOTES)).statusCode()).isEqualTo(204);
        assertThat(app.get("/api/documents/" + TestLibrary.NOTES).statusCode()).isEqualTo(404);
    }

    @Test
    void if_match_star_matches_any_existing_document_and_a_list_matches_any_version_it_names() {
        assertThat(patch(TestLibrary.BOLETIM, "*", "{\"year\": 2024}").statusCode()).isEqualTo(200);
        String current = etag(TestLibrary.BOLETIM);

        assertThat(patch(TestLibrary.BOLETIM, NOT_A_VERSION + ", " + current, "{\"year\": 2025}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_weak_form_of_the_version_as_a_compressing_proxy_sends_it_names_the_same_version() {
        String read = etag(TestLibrary.BOLETIM);

        assertThat(patch(TestLibrary.BOLETIM, "W/" + read, "{\"keywords\": [\"lusofonia\"]}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void without_if_match_an_edit_is_made_on_the_document_as_it_stands() {
        HttpResponse<String> response = patch(TestLibrary.GUIA, null, "{\"summary\": \"Guía de manejo de casos\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue(etag(TestLibrary.GUIA));
    }

    @Test
    void an_edit_of_a_document_that_does_not_exist_is_a_404_whatever_its_if_match() {
        assertThat(patch("no-such-document", "*", "{\"year\": 2020}").statusCode()).isEqualTo(404);
        assertThat(delete("no-such-document", NOT_A_VERSION).statusCode()).isEqualTo(404);
    }

    @Test
    void the_version_is_the_same_at_every_read_and_changes_with_the_file() throws IOException {
        String id = "notes-of-two-files";
        assertThat(upload(new Multipart().file("file", "notes.txt", "text/plain",
                sample("guine-bissau-agentes-comunitarios.txt")).field("id", id)).statusCode()).isEqualTo(201);
        String before = etag(id);
        assertThat(etag(id)).isEqualTo(before);

        HttpResponse<String> replaced = upload(new Multipart().file("file", "notes.txt", "text/plain",
                sample("case-management-webinar-transcript.txt")).field("id", id));

        assertThat(json(replaced).get("status").asText()).as(replaced.body()).isEqualTo("updated");
        assertThat(etag(id)).isNotEqualTo(before);
    }

    @Test
    void of_two_edits_sent_at_once_from_the_same_version_one_is_made_and_the_other_refused() throws Exception {
        String read = etag(TestLibrary.ZAMBIA);
        ExecutorService librarians = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> first = librarians.submit(() ->
                    patch(TestLibrary.ZAMBIA, read, "{\"organization\": \"One\"}"));
            Future<HttpResponse<String>> second = librarians.submit(() ->
                    patch(TestLibrary.ZAMBIA, read, "{\"organization\": \"Other\"}"));

            assertThat(List.of(first.get().statusCode(), second.get().statusCode())).containsExactlyInAnyOrder(200,
                    412);
        } finally {
            librarians.shutdownNow();
        }
    }

    private static String etag(String id) {
        HttpResponse<String> response = app.get("/api/documents/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> patch(String id, String ifMatch, String body) {
        HttpRequest.Builder request = app.request("/api/documents/" + id).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        return app.send(ifMatch == null ? request.build() : request.header("If-Match", ifMatch).build());
    }

    private static HttpResponse<String> delete(String id, String ifMatch) {
        return app.send(app.request("/api/documents/" + id).header("Authorization", "Bearer " + TOKEN)
                .header("If-Match", ifMatch).DELETE().build());
    }
}
