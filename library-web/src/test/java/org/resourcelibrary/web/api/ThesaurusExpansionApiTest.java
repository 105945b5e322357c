package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/** {@code GET /api/search}: what the thesaurus adds, and {@code expand=false}. */
class ThesaurusExpansionApiTest extends ApiTestBase {

    @Test
    void the_response_lists_the_labels_added_to_words_naming_a_concept() throws IOException {
        JsonNode body = json(app.get("/api/search?q=case+management"));

        JsonNode expansion = body.get("expansions").get(0);
        assertThat(expansion.get("concept").asText()).isEqualTo("topic:case-management");
        assertThat(expansion.get("matched").asText()).isEqualTo("case management");
        assertThat(expansion.get("added").toString()).contains("Gestion des cas", "Manejo de casos",
                "Gestão de casos");
        assertThat(expansion.get("tagged").asText()).isEqualTo("topic:case-management");
    }

    @Test
    void english_words_find_the_spanish_guide_below_the_english_toolkit() throws IOException {
        JsonNode body = json(app.get("/api/search?q=case+management"));

        assertThat(SearchApiTest.ids(body)).contains(TestLibrary.TOOLKIT, TestLibrary.GUIA);
        assertThat(SearchApiTest.ids(body).indexOf(TestLibrary.TOOLKIT))
                .isLessThan(SearchApiTest.ids(body).indexOf(TestLibrary.GUIA));
    }

    @Test
    void expand_false_searches_only_the_words_as_typed() throws IOException {
        JsonNode on = json(app.get("/api/search?q=gestion+des+cas"));
        JsonNode off = json(app.get("/api/search?q=gestion+des+cas&expand=false"));

        assertThat(on.get("expansions")).isNotEmpty();
        assertThat(off.get("expansions")).isEmpty();
        assertThat(off.get("total").asLong()).isLessThan(on.get("total").asLong());
    }

    @Test
    void expand_neither_true_nor_false_is_a_bad_request() throws IOException {
        HttpResponse<String> response = app.get("/api/search?q=budget&expand=maybe");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("expand must be true or false");
    }

    @Test
    void a_country_named_in_spanish_finds_its_tagged_documents_without_a_correction() throws IOException {
        JsonNode body = json(app.get("/api/search?q=kenia"));

        assertThat(SearchApiTest.ids(body)).contains(TestLibrary.TOOLKIT, TestLibrary.NOTES);
        assertThat(body.get("didYouMean").isNull()).isTrue();
    }
}
