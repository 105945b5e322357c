package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resourcelibrary.web.ApiTestBase;

/** Bad input gets a 400 problem naming the parameter, never a 5xx. */
class BadRequestsTest extends ApiTestBase {

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("org.resourcelibrary.web.api.BadRequests#namingTheirParameter")
    void bad_input_is_a_400_problem_naming_the_parameter(String pathAndQuery, String parameter) {
        BadRequests.assertProblemNaming(app.get(pathAndQuery), parameter);
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

    @Test
    void a_problem_echoing_any_characters_is_utf8_json() {
        HttpResponse<String> response = app.get("/api/search?%C3%A9t%C3%A9%E5%AF%B9%F0%9F%90%A3=1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("été对🐣");
    }

    @Test
    void a_request_target_too_long_for_the_server_is_a_414_problem() {
        HttpResponse<String> response = app.get("/api/search?q=" + "a".repeat(20_000));

        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(414);
    }
}
