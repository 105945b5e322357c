package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/** The review queue and bulk edits over HTTP, as a librarian's tool would use them. */
class ReviewApiTest extends ApiTestBase {

    @BeforeEach
    void toolkitTopicsHaveWeakEvidence() throws IOException {
        ReviewCalls.evidence(library.data());
    }

    private static HttpResponse<String> post(String path, String json) {
        return app.send(app.request(path).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> queue() {
        return app.send(app.request("/api/review-queue").header("Authorization", "Bearer " + TOKEN).GET().build());
    }

    @Test
    void the_queue_lists_each_weak_inferred_value_with_its_evidence() {
        JsonNode body = json(queue());

        JsonNode item = body.get("items").get(0);
        assertThat(item.get("document").asText()).isEqualTo(TestLibrary.TOOLKIT);
        assertThat(item.get("field").asText()).isEqualTo("topics");
        assertThat(item.get("clues").get(0).get("words").asText()).isNotBlank();
        assertThat(item.get("clues").get(0).get("page").asInt()).isEqualTo(1);
    }

    @Test
    void the_queue_is_for_librarians_only() {
        assertThat(app.get("/api/review-queue").statusCode()).isEqualTo(401);
    }

    @Test
    void a_corrected_topic_finds_the_document_and_counts_as_not_accepted() {
        String item = ReviewCalls.itemId("child-protection");

        HttpResponse<String> response = post("/api/review-queue/" + item,
                "{\"decision\": \"correct\", \"value\": \"supervision\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(app.get("/api/search?topic=supervision")).get("hits").findValuesAsText("id"))
                .contains(TestLibrary.TOOLKIT);
        JsonNode document = json(app.get("/api/documents/" + TestLibrary.TOOLKIT));
        assertThat(document.get("provenance").get("topics").asText()).isEqualTo("edit");
        JsonNode topics = json(queue()).get("acceptance").get(0);
        assertThat(topics.get("field").asText()).isEqualTo("topics");
        assertThat(topics.get("accepted").asInt()).isLessThan(topics.get("decided").asInt());
        assertThat(post("/api/review-queue/" + item, "{\"decision\": \"accept\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void a_bulk_edit_previews_applies_and_undoes_with_the_sources_put_back() {
        String edit = "{\"field\": \"topics\", \"action\": \"add\", \"value\": \"Supervision\"}";
        String before = json(app.get("/api/documents/" + TestLibrary.NOTES)).get("provenance").toString();

        JsonNode preview = json(post("/api/bulk-edits/preview?country=KE", edit));
        assertThat(preview.get("changes").findValuesAsText("id"))
                .containsExactlyInAnyOrder(TestLibrary.TOOLKIT, TestLibrary.NOTES);
        assertThat(json(app.get("/api/search?topic=supervision&country=KE")).get("total").asInt()).isZero();

        post("/api/bulk-edits?country=KE", edit);
        assertThat(json(app.get("/api/search?topic=supervision&country=KE")).get("total").asInt()).isEqualTo(2);

        HttpResponse<String> undone = post("/api/bulk-edits/undo", "{}");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(json(app.get("/api/search?topic=supervision&country=KE")).get("total").asInt()).isZero();
        assertThat(json(app.get("/api/documents/" + TestLibrary.NOTES)).get("provenance").toString())
                .isEqualTo(before);
        assertThat(post("/api/bulk-edits/undo", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void adding_to_a_field_of_one_value_is_a_400_naming_the_list_fields() {
        HttpResponse<String> response = post("/api/bulk-edits/preview",
                "{\"field\": \"year\", \"action\": \"add\", \"value\": \"2020\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("countries, topics");
    }
}
