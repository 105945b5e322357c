package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resourcelibrary.web.ApiTestBase;

/** Bad input gets a 400 problem naming the parameter, never a 5xx. */
class BadRequestsTest extends ApiTestBase {

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "/api/search?country=XX, country",
        "/api/search?country=ZM&country=Narnia, country",
        "/api/search?topic=astrology, topic",
        "/api/search?type=novel, type",
        "/api/search?region=atlantis, region",
        "/api/search?language=xx, language",
        "/api/search?year=19x9, year",
        "/api/search?size=101, size",
        "/api/search?size=0, size",
        "/api/search?size=ten, size",
        "/api/search?page=0, page",
        "/api/search?page=-3, page",
        "/api/search?page=two, page",
        "/api/search?page=1&page=2, page",
        "/api/search?page=99999999999, page",
        "/api/search?page=1001, page",
        "/api/search?cursor=not-a-cursor, cursor",
        "/api/search?cursor=eyJzIjoidGl0bGUiLCJ2IjpbXX0, cursor",
        "/api/search?year_from=abc, year_from",
        "/api/search?year_from=999, year_from",
        "/api/search?year_to=3000, year_to",
        "/api/search?year_from=2020&year_to=2010, year_from",
        "/api/search?sort=popular, sort",
        "/api/search?lang=de, lang",
        "/api/search?qq=typo, qq",
        "/api/search?q=a&q=b, q",
        "/api/facets/colour, dimension",
        "/api/facets/country?size=5000, size",
        "/api/facets/country?lang=xx, lang",
        "/api/suggest?q=case&size=0, size",
        "/api/suggest?q=case&color=red, color",
        "/api/documents/zambia-workforce-assessment-2019?fields=title, fields",
        "/api/documents/zambia-workforce-assessment-2019/similar?size=100, size",
    })
    void bad_input_is_a_400_problem_naming_the_parameter(String pathAndQuery, String parameter) {
        HttpResponse<String> response = app.get(pathAndQuery);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Bad request");
        assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).contains(parameter);
    }

    @Test
    void an_overlong_query_is_a_400_not_a_slow_search() {
        HttpResponse<String> response = app.get("/api/search?q=" + "word+".repeat(300));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("q");
    }

    @Test
    void malformed_query_syntax_still_searches() {
        for (String query : new String[] {"%22unclosed", "title%3A", "-", "((((", "*", "AND+OR+NOT", "%5C", "%00"}) {
            HttpResponse<String> response = app.get("/api/search?q=" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(200);
        }
    }

    @Test
    void an_unknown_document_is_a_404_problem_naming_it() {
        for (String path : new String[] {"/api/documents/nope", "/api/documents/nope/file",
            "/api/documents/nope/similar"}) {
            HttpResponse<String> response = app.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).get("detail").asText()).contains("'nope'");
        }
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() {
        HttpResponse<String> response = app.get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        HttpResponse<String> response = app.send(app.request("/api/search")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
