package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/**
 * The funder dimension through the web: set by a librarian's edit, filtered and counted by the search API,
 * described in the API's parameters, listed in the page's sidebar. Its definition alone provides all of these.
 */
class FunderApiTest extends ApiTestBase {

    private static final String OAK = "Oak Trust";

    @BeforeAll
    static void fund() {
        HttpResponse<String> edit = LibrarianApiTest.patch(TestLibrary.ZAMBIA, "application/json",
                "{\"funder\": \"" + OAK + "\"}");
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
    }

    @Test
    void aLibrariansEditSetsTheFunderAndSaysWhereItCameFrom() throws Exception {
        JsonNode document = json(app.get("/api/documents/" + TestLibrary.ZAMBIA));

        assertThat(document.get("funder").asText()).isEqualTo(OAK);
        assertThat(document.get("provenance").get("funder").asText()).isEqualTo("edit");
    }

    @Test
    void theSearchFiltersAndCountsByFunder() throws Exception {
        JsonNode body = json(app.get("/api/search?funder=Oak+Trust"));

        assertThat(SearchApiTest.ids(body)).containsExactly(TestLibrary.ZAMBIA);
        assertThat(SearchApiTest.count(body, "funder", OAK)).isEqualTo(1);
    }

    @Test
    void theApiDescriptionOffersTheFunderParameter() throws Exception {
        JsonNode spec = json(app.get("/api/openapi.json"));

        assertThat(spec.at("/components/parameters/funder/name").asText()).isEqualTo("funder");
        List<String> references = new ArrayList<>();
        spec.at("/paths/~1api~1search/get/parameters").forEach(p -> references.add(p.path("$ref").asText()));
        assertThat(references).contains("#/components/parameters/funder");
        assertThat(spec.at("/paths/~1api~1facets~1{dimension}/get/parameters/0/schema/enum").toString())
                .contains("\"funder\"");
        assertThat(spec.at("/components/schemas/Document/properties/funder").isMissingNode()).isFalse();
    }

    @Test
    void theSearchPagesSidebarListsFundersAndTicksTheSelectedOne() {
        String page = app.get("/?funder=Oak+Trust").body();

        assertThat(page).contains("Funder").contains(OAK).contains("name=\"funder\"");
    }
}
