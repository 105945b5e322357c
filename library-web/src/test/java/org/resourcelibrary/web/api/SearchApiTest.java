package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

class SearchApiTest extends ApiTestBase {

    static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    static long count(JsonNode body, String dimension, String value) {
        for (JsonNode facet : body.get("facets").get(dimension)) {
            if (facet.get("value").asText().equals(value)) {
                return facet.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void a_search_returns_hits_with_every_contract_field() throws IOException {
        HttpResponse<String> response = app.get("/api/search?q=case+management");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.fieldNames()).toIterable().contains("total", "page", "size", "hits", "facets",
                "didYouMean", "nextCursor", "tookMs");
        assertThat(ids(body)).contains(TestLibrary.TOOLKIT);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "title", "type", "countries", "topics",
                "language", "year", "organization", "fileName", "mediaType", "snippets", "url", "fileUrl");
        assertThat(hit.get("snippets").get(0).get("text").asText()).contains("<mark>");
    }

    @Test
    void an_absent_query_browses_the_whole_library_with_facets() throws IOException {
        JsonNode body = json(app.get("/api/search"));

        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(count(body, "country", "KE")).isEqualTo(2);
        assertThat(count(body, "type", "toolkit")).isEqualTo(1);
    }

    @Test
    void a_repeated_facet_parameter_ors_within_its_dimension() throws IOException {
        JsonNode body = json(app.get("/api/search?country=ZM&country=CO"));

        assertThat(ids(body)).containsExactlyInAnyOrder(TestLibrary.ZAMBIA, TestLibrary.GUIA);
    }

    @Test
    void different_dimensions_and_together() throws IOException {
        JsonNode body = json(app.get("/api/search?country=KE&type=toolkit"));

        assertThat(ids(body)).containsExactly(TestLibrary.TOOLKIT);
    }

    @Test
    void facet_counts_drill_sideways_so_a_selection_keeps_its_siblings() throws IOException {
        JsonNode body = json(app.get("/api/search?country=ZM"));

        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(count(body, "country", "KE")).isEqualTo(2);
        assertThat(count(body, "type", "toolkit")).isZero();
    }

    @Test
    void year_bounds_and_the_year_facet_filter() throws IOException {
        assertThat(ids(json(app.get("/api/search?year_from=2020&year_to=2021"))))
                .containsExactlyInAnyOrder(TestLibrary.TOOLKIT, TestLibrary.GUIA);
        assertThat(ids(json(app.get("/api/search?year=2025")))).containsExactly(TestLibrary.BOLETIM);
    }

    @Test
    void labels_follow_the_lang_parameter() throws IOException {
        JsonNode body = json(app.get("/api/search?lang=fr&country=ZM"));

        assertThat(body.get("facets").get("country").toString()).contains("\"label\":\"Zambie\"");
    }

    @Test
    void pages_and_cursors_walk_the_whole_result_once() throws IOException {
        JsonNode first = json(app.get("/api/search?size=2&sort=title"));
        JsonNode second = json(app.get("/api/search?size=2&sort=title&cursor=" + first.get("nextCursor").asText()));
        JsonNode byPage = json(app.get("/api/search?size=2&sort=title&page=2"));

        assertThat(ids(second)).hasSize(2).doesNotContainAnyElementsOf(ids(first));
        assertThat(ids(byPage)).isEqualTo(ids(second));
    }

    @Test
    void the_body_is_the_shared_serialisation_of_the_core_response() throws IOException {
        ObjectNode api = (ObjectNode) json(app.get("/api/search?q=supervision&country=ZM&country=KE&sort=newest"));
        ObjectNode core = (ObjectNode) Json.mapper().readTree(Json.mapper().writeValueAsString(library.library()
                .search(SearchRequest.builder().query("supervision").filter(Dimension.COUNTRY, "ZM", "KE")
                        .sort(org.resourcelibrary.core.search.Sort.NEWEST).build())));
        api.remove("tookMs");
        core.remove("tookMs");

        assertThat(api).isEqualTo(core);
    }

    @Test
    void lang_says_the_member_language_and_the_response_says_it_was_given() throws IOException {
        assertLanguage(json(app.get("/api/search?q=casos&lang=es")), "es", "param");
    }

    @Test
    void without_lang_the_accept_language_header_says_the_member_language() throws IOException {
        HttpResponse<String> response = app.send(app.request("/api/search?q=supervision")
                .header("Accept-Language", "de-CH, pt-BR;q=0.9, en;q=0.5").GET().build());

        assertLanguage(json(response), "pt", "accept-language");
        assertThat(response.headers().allValues("Vary").toString()).contains("Accept-Language");
    }

    @Test
    void without_lang_or_header_the_query_words_say_the_member_language() throws IOException {
        assertLanguage(json(app.get("/api/search?q=manejo+de+casos")), "es", "query");
    }

    private static void assertLanguage(JsonNode body, String code, String source) {
        assertThat(body.get("language").get("code").asText()).isEqualTo(code);
        assertThat(body.get("language").get("source").asText()).isEqualTo(source);
    }

    @Test
    void the_member_language_is_preferred_but_other_languages_are_still_found() throws IOException {
        JsonNode body = json(app.get("/api/search?q=case+management&lang=fr"));

        assertThat(ids(body)).contains(TestLibrary.TOOLKIT);
    }

    @Test
    void an_unknown_lang_is_a_400_naming_lang() throws IOException {
        HttpResponse<String> response = app.get("/api/search?q=supervision&lang=de");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("lang");
    }
}
