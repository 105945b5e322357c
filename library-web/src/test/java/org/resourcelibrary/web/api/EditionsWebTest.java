package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/**
 * Two editions of one work (the English toolkit and the Spanish guide, made one work by a librarian's edit)
 * through the web: one hit per work in the member's language with the other edition listed, the counts saying
 * what they count, the document page's "Also in" and {@code hreflang} links and JSON-LD.
 */
class EditionsWebTest extends ApiTestBase {

    private static final String WORK = "case-management-toolkit";

    @BeforeAll
    static void oneWork() {
        for (String id : List.of(TestLibrary.TOOLKIT, TestLibrary.GUIA)) {
            HttpResponse<String> edit = LibrarianApiTest.patch(id, "application/json",
                    "{\"work\": \"" + WORK + "\"}");
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        }
    }

    private static JsonNode hitOf(JsonNode body, String id) {
        for (JsonNode hit : body.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError(id + " is not a hit of " + body);
    }

    @Test
    void aLibrariansEditSetsTheWorkAndTheDocumentSaysIt() {
        JsonNode document = json(app.get("/api/documents/" + TestLibrary.GUIA));

        assertThat(document.get("work").asText()).isEqualTo(WORK);
        assertThat(document.get("provenance").get("work").asText()).isEqualTo("edit");
    }

    @Test
    void aWorkIsOneHitInTheMembersLanguageWithItsOtherEdition() {
        JsonNode spanish = json(app.get("/api/search?lang=es"));
        JsonNode english = json(app.get("/api/search?lang=en"));

        assertThat(SearchApiTest.ids(spanish)).contains(TestLibrary.GUIA).doesNotContain(TestLibrary.TOOLKIT);
        JsonNode guia = hitOf(spanish, TestLibrary.GUIA);
        assertThat(guia.get("editions")).hasSize(1);
        assertThat(guia.get("editions").get(0).get("id").asText()).isEqualTo(TestLibrary.TOOLKIT);
        assertThat(guia.get("editions").get(0).get("language").asText()).isEqualTo("en");
        assertThat(guia.get("editions").get(0).get("url").asText()).isEqualTo(Hit.documentUrl(TestLibrary.TOOLKIT));
        assertThat(SearchApiTest.ids(english)).contains(TestLibrary.TOOLKIT).doesNotContain(TestLibrary.GUIA);
    }

    @Test
    void totalsCountDocumentsAndWorksCountsWorks() {
        JsonNode body = json(app.get("/api/search"));

        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(body.get("works").asLong()).isEqualTo(4);
        assertThat(body.get("hits")).hasSize(4);
        assertThat(SearchApiTest.count(body, "language", "es")).isEqualTo(1);
        assertThat(SearchApiTest.count(body, "language", "en")).isEqualTo(3);
    }

    @Test
    void theResultsPageCountsWorksInDocumentsAndLinksTheOtherEdition() {
        String page = app.get("/?lang=en").body();

        assertThat(page).contains("Showing 1–4 of 4 works, in 5 documents");
        assertThat(page).contains("Also in: <a href=\"" + Hit.documentUrl(TestLibrary.GUIA)
                + "?lang=en\" hreflang=\"es\" lang=\"es\">Español</a>");
    }

    @Test
    void theFrenchResultsCountWorksThenTheDocumentsTheyAreIn() {
        assertThat(app.get("/?lang=fr").body()).contains("Œuvres 1 à 4 sur 4, en 5 documents");
    }

    @Test
    void theSpanishResultsCountWorksThenTheDocumentsTheyAreIn() {
        assertThat(app.get("/?lang=es").body()).contains("Obras 1–4 de 4, en 5 documentos");
    }

    @Test
    void thePortugueseResultsCountWorksThenTheDocumentsTheyAreIn() {
        assertThat(app.get("/?lang=pt").body()).contains("Obras 1–4 de 4, em 5 documentos");
    }

    @Test
    void oneWorkIsCountedInTheSingularInEveryLanguage() {
        String filter = "/?topic=case-management&lang=";

        assertThat(app.get(filter + "en").body()).contains("1 work, in 2 documents");
        assertThat(app.get(filter + "fr").body()).contains("1 œuvre, en 2 documents");
        assertThat(app.get(filter + "es").body()).contains("1 obra, en 2 documentos");
        assertThat(app.get(filter + "pt").body()).contains("1 obra, em 2 documentos");
    }

    @Test
    void aPagePastTheLastCountsWorks() {
        assertThat(app.get("/?lang=fr&page=5").body())
                .contains("Aucune œuvre en page 5\u00a0: la recherche en a trouvé 4, en 5 documents");
    }

    @Test
    void theFiltersSayTheyCountDocumentsWhenResultsAreWorks() {
        assertThat(app.get("/?lang=en").body()).contains("Counts are of documents: every edition of a work counts.");
        assertThat(app.get("/?lang=en&language=en").body()).doesNotContain("Counts are of documents");
    }

    @Test
    void theDocumentPageLinksEveryEditionByLanguage() {
        String page = app.get("/documents/" + TestLibrary.TOOLKIT).body();

        assertThat(page).contains("<link rel=\"alternate\" hreflang=\"es\" href=\""
                + app.uri(Hit.documentUrl(TestLibrary.GUIA)) + "\">");
        assertThat(page).contains("<link rel=\"alternate\" hreflang=\"en\" href=\""
                + app.uri(Hit.documentUrl(TestLibrary.TOOLKIT)) + "\">");
        assertThat(page).contains("class=\"document__editions\">Also in: <a href=\""
                + Hit.documentUrl(TestLibrary.GUIA) + "\" hreflang=\"es\" lang=\"es\">Español</a>");
        assertThat(page).contains("\"workTranslation\":[{\"@type\":\"CreativeWork\",\"@id\":\""
                + app.uri(Hit.documentUrl(TestLibrary.GUIA)) + "\"");
    }

    @Test
    void aDocumentOfItsOwnHasNoEditionLinks() {
        String page = app.get("/documents/" + TestLibrary.ZAMBIA).body();

        assertThat(page).doesNotContain("rel=\"alternate\" hreflang=", "Also in:", "workTranslation");
    }
}
