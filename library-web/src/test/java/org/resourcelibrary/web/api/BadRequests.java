package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.resourcelibrary.web.ApiTestBase;

/**
 * Requests with one bad parameter each, and the parameter a 400 problem must name: one list for every backend's
 * tests ({@code BadRequestsTest} on the test library, the served-library contract on each backend). The documents
 * named are in both the test library and the sample library.
 */
public final class BadRequests {

    private BadRequests() {
    }

    /** Each case as (path and query, parameter named). */
    public static Stream<Arguments> namingTheirParameter() {
        return Stream.of(
                Arguments.of("/api/search?country=XX", "country"),
                Arguments.of("/api/search?country=ZM&country=Narnia", "country"),
                Arguments.of("/api/search?topic=astrology", "topic"),
                Arguments.of("/api/search?type=novel", "type"),
                Arguments.of("/api/search?region=atlantis", "region"),
                Arguments.of("/api/search?language=xx", "language"),
                Arguments.of("/api/search?year=19x9", "year"),
                Arguments.of("/api/search?size=101", "size"),
                Arguments.of("/api/search?size=0", "size"),
                Arguments.of("/api/search?size=ten", "size"),
                Arguments.of("/api/search?page=0", "page"),
                Arguments.of("/api/search?page=-3", "page"),
                Arguments.of("/api/search?page=two", "page"),
                Arguments.of("/api/search?page=1&page=2", "page"),
                Arguments.of("/api/search?page=99999999999", "page"),
                Arguments.of("/api/search?page=1001", "page"),
                Arguments.of("/api/search?cursor=not-a-cursor", "cursor"),
                Arguments.of("/api/search?cursor=eyJzIjoidGl0bGUiLCJ2IjpbXX0", "cursor"),
                Arguments.of("/api/search?year_from=abc", "year_from"),
                Arguments.of("/api/search?year_from=999", "year_from"),
                Arguments.of("/api/search?year_to=3000", "year_to"),
                Arguments.of("/api/search?year_from=2020&year_to=2010", "year_from"),
                Arguments.of("/api/search?sort=popular", "sort"),
                Arguments.of("/api/search?lang=de", "lang"),
                Arguments.of("/api/search?qq=typo", "qq"),
                Arguments.of("/api/search?q=a&q=b", "q"),
                Arguments.of("/api/facets/colour", "dimension"),
                Arguments.of("/api/facets/country?size=5000", "size"),
                Arguments.of("/api/facets/country?lang=xx", "lang"),
                Arguments.of("/api/suggest?q=case&size=0", "size"),
                Arguments.of("/api/suggest?q=case&color=red", "color"),
                Arguments.of("/api/documents/zambia-workforce-assessment-2019?fields=title", "fields"),
                Arguments.of("/api/documents/zambia-workforce-assessment-2019/similar?size=100", "size"));
    }

    /** Checks that {@code response} is a 400 problem naming {@code parameter} in its field and its detail. */
    public static JsonNode assertProblemNaming(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ApiTestBase.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Bad request");
        assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).contains(parameter);
        return problem;
    }
}
