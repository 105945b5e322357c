package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

class DocumentApiTest extends ApiTestBase {

    @Test
    void a_document_has_its_metadata_provenance_extraction_and_links() {
        HttpResponse<String> response = app.get("/api/documents/" + TestLibrary.ZAMBIA);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("id").asText()).isEqualTo(TestLibrary.ZAMBIA);
        assertThat(document.get("countries").toString()).isEqualTo("[\"ZM\"]");
        assertThat(document.get("provenance").get("title").asText()).isEqualTo("manifest");
        assertThat(document.get("provenance").get("topics").asText()).isEqualTo("inferred");
        assertThat(document.get("extraction").get("pages").asInt()).isEqualTo(3);
        assertThat(document.get("extraction").get("ocr").asText()).isEqualTo("none");
        assertThat(document.get("url").asText()).isEqualTo("/documents/" + TestLibrary.ZAMBIA);
        assertThat(document.get("fileUrl").asText()).isEqualTo("/api/documents/" + TestLibrary.ZAMBIA + "/file");
    }

    @Test
    void a_document_shows_where_it_was_found_without_the_servers_own_folders() {
        HttpResponse<String> response = app.get("/api/documents/" + TestLibrary.ZAMBIA);

        JsonNode source = json(response).get("sources").get(0);
        assertThat(source.get("path").asText()).doesNotStartWith("/");
        assertThat(source.get("upload").asBoolean()).isFalse();
        assertThat(response.body()).doesNotContain("/srv/library");
    }

    @Test
    void similar_documents_exclude_the_document_itself() {
        JsonNode body = json(app.get("/api/documents/" + TestLibrary.TOOLKIT + "/similar?size=3"));

        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        assertThat(body.get("id").asText()).isEqualTo(TestLibrary.TOOLKIT);
        assertThat(ids).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotContain(TestLibrary.TOOLKIT);
    }

    @Test
    void suggestions_complete_titles_and_facet_values() {
        JsonNode body = json(app.get("/api/suggest?q=case"));

        assertThat(body.get("query").asText()).isEqualTo("case");
        assertThat(body.get("suggestions").toString()).contains("Case Management Toolkit for East Africa");
    }

    @Test
    void an_empty_suggest_query_suggests_nothing() {
        assertThat(json(app.get("/api/suggest?q=")).get("suggestions")).isEmpty();
    }

    @Test
    void facet_values_match_a_prefix_of_their_label() {
        JsonNode body = json(app.get("/api/facets/country?prefix=ken"));

        assertThat(body.get("dimension").asText()).isEqualTo("country");
        assertThat(body.get("values").get(0).get("value").asText()).isEqualTo("KE");
        assertThat(body.get("values").get(0).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void facet_values_of_a_dimension_list_every_value_with_labels_in_the_asked_language() {
        JsonNode body = json(app.get("/api/facets/type?lang=es"));

        assertThat(body.get("values")).hasSize(5);
        assertThat(body.get("values").toString()).contains("\"value\":\"toolkit\"");
    }
}
