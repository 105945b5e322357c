package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.web.api.LibrarianApiTest.patch;
import static org.resourcelibrary.web.api.LibrarianApiTest.sample;
import static org.resourcelibrary.web.api.LibrarianApiTest.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.indexer.enrich.MetadataLimits;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.TestLibrary;

/**
 * What a librarian sends that the library used to take otherwise than asked: metadata with a duplicate upload,
 * values too long, values of the wrong kind in an edit.
 */
class LibrarianEditsApiTest extends ApiTestBase {

    private static final String JSON = "application/json";

    @Test
    void uploading_a_file_the_library_has_with_new_metadata_edits_that_document_and_says_which_fields()
            throws IOException {
        HttpResponse<String> response = upload(new Multipart().file("file", "zambia.pdf", "application/pdf",
                sample("zambia-workforce-assessment-2019.pdf")).field("title", "Zambia Workforce Assessment, 2nd ed.")
                .field("year", "2019"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("duplicate");
        assertThat(body.get("edited").toString()).isEqualTo("[\"title\"]");
        assertThat(body.get("document").get("id").asText()).isEqualTo(TestLibrary.ZAMBIA);
        JsonNode document = json(app.get("/api/documents/" + TestLibrary.ZAMBIA));
        assertThat(document.get("title").asText()).isEqualTo("Zambia Workforce Assessment, 2nd ed.");
        assertThat(document.get("provenance").get("title").asText()).isEqualTo("edit");
    }

    @Test
    void an_upload_with_a_title_over_the_limit_is_a_422_naming_the_field_and_the_limit_and_stores_nothing()
            throws IOException {
        long before = library.library().count();
        HttpResponse<String> response = upload(new Multipart()
                .file("file", "lettre.txt", "text/plain", sample("lettre-du-reseau-2020.txt"))
                .field("title", "T".repeat(10_000)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("parameter").asText()).isEqualTo("title");
        assertThat(json(response).get("detail").asText()).contains("10,000 characters")
                .contains("the limit is " + MetadataLimits.TITLE_CHARS);
        assertThat(library.library().count()).isEqualTo(before);
        assertThat(json(app.get("/api/suggest?q=TTTT")).toString()).doesNotContain("TTTTTTTTTT");
    }

    @Test
    void an_edit_over_a_limit_is_a_422_and_changes_nothing() {
        HttpResponse<String> response = patch(TestLibrary.BOLETIM, JSON,
                "{\"keywords\": [\"lusofonia\", \"" + "k".repeat(MetadataLimits.KEYWORD_CHARS + 1) + "\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("parameter").asText()).isEqualTo("keywords");
        assertThat(json(app.get("/api/documents/" + TestLibrary.BOLETIM)).get("keywords").toString())
                .doesNotContain("lusofonia");
    }

    @Test
    void a_number_sent_as_a_title_is_a_422_saying_what_was_sent_and_the_title_is_kept() {
        HttpResponse<String> response = patch(TestLibrary.TOOLKIT, JSON, "{\"title\": 123}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("parameter").asText()).isEqualTo("title");
        assertThat(json(response).get("detail").asText()).isEqualTo("title must be a string, got a number");
        assertThat(json(app.get("/api/documents/" + TestLibrary.TOOLKIT)).get("title").asText())
                .isEqualTo("Case Management Toolkit for East Africa");
    }

    @Test
    void a_year_that_is_not_whole_is_a_422_saying_so() {
        HttpResponse<String> response = patch(TestLibrary.TOOLKIT, JSON, "{\"year\": 2019.5}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("detail").asText()).isEqualTo("year must be a whole number, got 2019.5");
    }

    @Test
    void a_list_with_a_number_in_it_is_a_422_saying_so() {
        HttpResponse<String> response = patch(TestLibrary.TOOLKIT, JSON, "{\"countries\": [\"KE\", 404]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("detail").asText())
                .isEqualTo("countries must be a list of strings, got a number in the list");
    }
}
