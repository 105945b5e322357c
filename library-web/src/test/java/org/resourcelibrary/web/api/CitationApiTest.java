package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

/** Citations of the Zambia assessment (a sample-docs PDF) in every format, exactly, and of a results page. */
class CitationApiTest extends ApiTestBase {

    private static final String CITATION = "/api/documents/" + TestLibrary.ZAMBIA + "/citation";

    private static String page() {
        return app.uri("/documents/" + TestLibrary.ZAMBIA).toString();
    }

    @Test
    void ris_is_a_tagged_record_with_the_organisation_as_author_and_publisher() {
        HttpResponse<String> response = app.get(CITATION + "?format=ris");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/x-research-info-systems; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + TestLibrary.ZAMBIA + ".ris\"");
        assertThat(response.body()).isEqualTo("""
                TY  - RPRT\r
                ID  - zambia-workforce-assessment-2019\r
                AU  - Ministry of Community Development\r
                TI  - Zambia Social Service Workforce Assessment\r
                PY  - 2019\r
                PB  - Ministry of Community Development\r
                LA  - en\r
                SP  - 3\r
                UR  - %s\r
                ER  - \r
                """.formatted(page()));
    }

    @Test
    void bibtex_is_a_techreport_with_a_braced_institutional_author() {
        HttpResponse<String> response = app.get(CITATION + "?format=bibtex");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-bibtex; charset=utf-8");
        assertThat(response.body()).isEqualTo("""
                @techreport{zambia-workforce-assessment-2019,
                  author = {{Ministry of Community Development}},
                  title = {{Zambia Social Service Workforce Assessment}},
                  institution = {Ministry of Community Development},
                  year = {2019},
                  pagetotal = {3},
                  language = {en},
                  url = {%s}
                }
                """.formatted(page()));
    }

    @Test
    void csl_json_is_an_array_of_one_item_with_csl_names_for_type_and_fields() throws Exception {
        HttpResponse<String> response = app.get(CITATION + "?format=csl-json");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.citationstyles.csl+json; charset=utf-8");
        JsonNode expected = Json.mapper().readTree("""
                [{"id": "zambia-workforce-assessment-2019", "type": "report", "language": "en",
                  "author": [{"literal": "Ministry of Community Development"}],
                  "issued": {"date-parts": [[2019]]}, "number-of-pages": "3",
                  "publisher": "Ministry of Community Development",
                  "title": "Zambia Social Service Workforce Assessment", "URL": "%s"}]
                """.formatted(page()));
        assertThat(json(response)).isEqualTo(expected);
    }

    @Test
    void apa_is_formatted_by_the_official_style() {
        HttpResponse<String> response = app.get(CITATION + "?format=apa");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("inline");
        assertThat(response.body()).isEqualTo("Ministry of Community Development. (2019). Zambia Social Service"
                + " Workforce Assessment. Ministry of Community Development. " + page() + "\n");
    }

    @Test
    void chicago_is_the_official_author_date_style() {
        assertThat(app.get(CITATION + "?format=chicago").body()).isEqualTo("Ministry of Community Development."
                + " 2019. Zambia Social Service Workforce Assessment. Ministry of Community Development. " + page()
                + ".\n");
    }

    @Test
    void harvard_is_the_official_cite_them_right_style() {
        assertThat(app.get(CITATION + "?format=harvard").body()).isEqualTo("Ministry of Community Development"
                + " (2019) Zambia Social Service Workforce Assessment. Ministry of Community Development. Available"
                + " at: " + page() + ".\n");
    }

    @Test
    void a_style_speaks_the_members_language() {
        String apa = app.get("/api/documents/" + TestLibrary.TOOLKIT + "/citation?format=apa&lang=fr").body();

        assertThat(apa).isEqualTo("Regional Child Care Network. (2021). Case Management Toolkit for East Africa"
                + " [Boîte à outils]. Regional Child Care Network. "
                + app.uri("/documents/" + TestLibrary.TOOLKIT) + "\n");
    }

    @Test
    void accept_chooses_the_export_when_no_format_is_named() {
        HttpResponse<String> response = app.send(app.request(CITATION)
                .header("Accept", "text/html;q=0.9, application/x-bibtex").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-bibtex; charset=utf-8");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
    }

    @Test
    void accepting_anything_gets_csl_json() {
        HttpResponse<String> response = app.send(app.request(CITATION).header("Accept", "*/*").GET().build());

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.citationstyles.csl+json; charset=utf-8");
    }

    @Test
    void accepting_no_export_is_a_406_problem_saying_what_is_offered() {
        HttpResponse<String> response = app.send(app.request(CITATION).header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(json(response).get("detail").asText()).contains("application/x-research-info-systems");
    }

    @Test
    void an_unknown_format_is_a_400_problem_listing_the_formats() {
        HttpResponse<String> response = app.get(CITATION + "?format=mla");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("format");
        assertThat(json(response).get("detail").asText()).contains("apa", "chicago", "harvard", "mla");
    }

    @Test
    void an_unknown_document_is_a_404() {
        assertThat(app.get("/api/documents/no-such-document/citation?format=ris").statusCode()).isEqualTo(404);
    }

    @Test
    void a_results_page_is_cited_hit_by_hit() {
        JsonNode search = json(app.get("/api/search?size=3&sort=newest"));
        HttpResponse<String> response = app.get("/api/search/citations?size=3&sort=newest&format=ris");

        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"citations.ris\"");
        assertThat(search.get("hits").size()).isGreaterThan(1);
        for (JsonNode hit : search.get("hits")) {
            assertThat(response.body()).contains("ID  - " + hit.get("id").asText() + "\r\n");
        }
        assertThat(response.body().split("TY  - ", -1)).hasSize(search.get("hits").size() + 1);
    }

    @Test
    void a_results_page_in_a_style_is_a_bibliography_in_the_styles_order() {
        String apa = app.get("/api/search/citations?size=3&format=apa").body();

        assertThat(apa.lines().toList()).isSorted().allMatch(line -> line.contains("/documents/"));
    }

    @Test
    void a_bad_search_parameter_of_a_results_page_is_a_400() {
        HttpResponse<String> response = app.get("/api/search/citations?q=case&format=ris&country=Narnia");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("country");
    }
}
