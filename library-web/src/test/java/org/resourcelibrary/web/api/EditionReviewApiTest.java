package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/**
 * A librarian reviews the editions ingest proposes: two documents made alike by edits (one organisation and
 * year, titles naming one concept in English and Spanish) are proposed, never grouped until confirmed; a
 * confirmation makes them one work, a dismissal is remembered.
 */
class EditionReviewApiTest extends ApiTestBase {

    private static final String KEY = EditionProposal.keyOf(List.of(TestLibrary.TOOLKIT, TestLibrary.GUIA));
    private static final String OTHER_KEY = EditionProposal.keyOf(List.of(TestLibrary.NOTES, TestLibrary.BOLETIM));
    private static final String NETWORK = "Regional Child Care Network";

    /** The toolkit and the guide alike, and not one work (as a test that confirmed them left them). */
    @BeforeEach
    void alike() {
        edit(TestLibrary.TOOLKIT, "Case management", NETWORK, 2021);
        edit(TestLibrary.GUIA, "Manejo de casos", NETWORK, 2021);
    }

    private static void edit(String id, String title, String organization, int year) {
        HttpResponse<String> edit = LibrarianApiTest.patch(id, "application/json", "{\"title\": \"" + title
                + "\", \"organization\": \"" + organization + "\", \"year\": " + year + ", \"work\": null}");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
    }

    private static List<String> keys(JsonNode proposals) {
        List<String> keys = new ArrayList<>();
        proposals.forEach(proposal -> keys.add(proposal.get("key").asText()));
        return keys;
    }

    private static HttpResponse<String> post(String path, String body) {
        return app.send(app.request(path).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode proposals() {
        HttpResponse<String> list = app.send(app.request("/api/librarian/editions")
                .header("Authorization", "Bearer " + TOKEN).build());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list).get("proposals");
    }

    @Test
    void theProposalIsListedWithItsEvidenceAndNothingIsGrouped() {
        JsonNode proposals = proposals();

        assertThat(keys(proposals)).containsExactly(KEY);
        assertThat(proposals.get(0).get("evidence").toString()).contains("same organisation",
                "titles name topic:case-management");
        JsonNode organisation = proposals.get(0).get("evidenceLines").get(0);
        assertThat(organisation.get("code").asText()).isEqualTo("same-organisation");
        assertThat(organisation.get("values").get("organisation").asText())
                .isEqualTo(proposals.get(0).get("evidence").get(0).asText().replace("same organisation: ", ""));
        assertThat(json(app.get("/api/documents/" + TestLibrary.GUIA)).get("work").isNull()).isTrue();
    }

    @Test
    void aConfirmationMakesTheDocumentsOneWorkAsALibrariansEdit() {
        HttpResponse<String> confirmed = post("/api/librarian/editions/" + KEY + "/confirm", "");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).get("work").asText()).isEqualTo("case-management");
        JsonNode guia = json(app.get("/api/documents/" + TestLibrary.GUIA));
        assertThat(guia.get("work").asText()).isEqualTo("case-management");
        assertThat(guia.get("provenance").get("work").asText()).isEqualTo("edit");
        assertThat(keys(proposals())).doesNotContain(KEY);
        assertThat(json(app.get("/api/search?lang=es")).get("works").asLong()).isEqualTo(4);
    }

    @Test
    void aKeyOtherDocumentsHaveIsAConflictUnlessTheBodySaysMerge() {
        HttpResponse<String> other = LibrarianApiTest.patch(TestLibrary.NOTES, "application/json",
                "{\"work\": \"case-management\"}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        try {
            HttpResponse<String> refused = post("/api/librarian/editions/" + KEY + "/confirm", "");

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(json(refused).get("detail").asText()).contains("'case-management'", TestLibrary.NOTES,
                    "\"merge\": true");
            assertThat(json(app.get("/api/documents/" + TestLibrary.GUIA)).get("work").isNull()).isTrue();

            HttpResponse<String> merged = post("/api/librarian/editions/" + KEY + "/confirm", "{\"merge\": true}");

            assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
            assertThat(json(app.get("/api/documents/" + TestLibrary.GUIA)).get("work").asText())
                    .isEqualTo("case-management");
        } finally {
            assertThat(LibrarianApiTest.patch(TestLibrary.NOTES, "application/json", "{\"work\": null}")
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDismissalIsRemembered() {
        // Another pair, so that the other tests' pair stays proposed.
        edit(TestLibrary.NOTES, "Supervision", "Kenya Volunteer Network", 2018);
        edit(TestLibrary.BOLETIM, "Supervisão", "Kenya Volunteer Network", 2018);
        assertThat(keys(proposals())).contains(OTHER_KEY);

        HttpResponse<String> dismissed = post("/api/librarian/editions/" + OTHER_KEY + "/dismiss", "");

        assertThat(dismissed.statusCode()).isEqualTo(204);
        assertThat(keys(proposals())).doesNotContain(OTHER_KEY);
        assertThat(post("/api/librarian/editions/" + OTHER_KEY + "/confirm", "").statusCode()).isEqualTo(404);
    }
}
