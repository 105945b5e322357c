package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;

/**
 * The document page as reference managers and scholarly search engines read it: Highwire and Dublin Core meta
 * tags, schema.org JSON-LD and COinS, parsed as HTML5; and the "Cite" section members read.
 */
class CitationMetaTest {

    /** A title that would end a script element, break an attribute and start markup if written raw. */
    private static final String TRICKY = "Care </script><script>alert(1)</script> & \"quotes\"";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.serving(new TestLibrary(dir)
                .add("zm-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case workers in Zambia follow seven steps."))
                .add("tricky", TRICKY, "report", List.of("KE"), "en", 2020, List.of("Text.")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Document page(String id) {
        return Jsoup.parse(server.get("/documents/" + id).body(), server.url("/"));
    }

    private static List<String> meta(Document page, String name) {
        List<String> values = new ArrayList<>();
        for (Element meta : page.head().select("meta[name=" + name + "]")) {
            values.add(meta.attr("content"));
        }
        return values;
    }

    @Test
    void highwire_tags_carry_title_author_year_publisher_language_and_links() {
        Document page = page("zm-toolkit");

        assertThat(meta(page, "citation_title")).containsExactly("Case management toolkit for Zambia");
        assertThat(meta(page, "citation_author")).containsExactly("Author, A.");
        assertThat(meta(page, "citation_publication_date")).containsExactly("2019");
        assertThat(meta(page, "citation_publisher")).containsExactly("Example Organization");
        assertThat(meta(page, "citation_language")).containsExactly("en");
        assertThat(meta(page, "citation_pdf_url")).containsExactly(server.url("/api/documents/zm-toolkit/file"));
        assertThat(meta(page, "citation_abstract_html_url")).containsExactly(server.url("/documents/zm-toolkit"));
    }

    @Test
    void dublin_core_tags_are_declared_and_carry_the_same_values() {
        Document page = page("zm-toolkit");

        assertThat(page.head().select("link[rel=schema.DC]").attr("href"))
                .isEqualTo("http://purl.org/dc/elements/1.1/");
        assertThat(meta(page, "DC.title")).containsExactly("Case management toolkit for Zambia");
        assertThat(meta(page, "DC.creator")).containsExactly("Author, A.");
        assertThat(meta(page, "DC.date")).containsExactly("2019");
        assertThat(meta(page, "DC.publisher")).containsExactly("Example Organization");
        assertThat(meta(page, "DC.type")).containsExactly("Toolkit");
        assertThat(meta(page, "DC.identifier")).containsExactly(server.url("/documents/zm-toolkit"));
    }

    @Test
    void json_ld_is_schema_org_data_that_parses() throws IOException {
        Element script = page("zm-toolkit").head().selectFirst("script[type=application/ld+json]");

        JsonNode json = Json.mapper().readTree(script.data());
        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.get("name").asText()).isEqualTo("Case management toolkit for Zambia");
        assertThat(json.get("author").get(0).get("familyName").asText()).isEqualTo("Author");
        assertThat(json.get("publisher").get("name").asText()).isEqualTo("Example Organization");
        assertThat(json.get("datePublished").asText()).isEqualTo("2019");
        assertThat(json.get("inLanguage").asText()).isEqualTo("en");
        assertThat(json.get("encoding").get("contentUrl").asText())
                .isEqualTo(server.url("/api/documents/zm-toolkit/file"));
    }

    @Test
    void a_title_that_closes_a_script_stays_data_in_every_format() throws IOException {
        Document page = page("tricky");

        assertThat(page.select("script:not([src])")).hasSize(1);
        assertThat(Json.mapper().readTree(page.head().selectFirst("script[type=application/ld+json]").data())
                .get("name").asText()).isEqualTo(TRICKY);
        assertThat(meta(page, "citation_title")).containsExactly(TRICKY);
        assertThat(kev(page).get("rft.btitle")).isEqualTo(TRICKY);
    }

    @Test
    void json_ld_is_a_data_block_the_content_security_policy_lets_readers_see() {
        String policy = server.get("/documents/zm-toolkit").headers().firstValue("Content-Security-Policy")
                .orElseThrow();
        Element script = page("zm-toolkit").head().selectFirst("script[type=application/ld+json]");

        // CSP governs what runs: a data block never runs, so "script-src 'self'" leaves it readable.
        assertThat(policy).contains("script-src 'self'");
        assertThat(script.attr("type")).isEqualTo("application/ld+json");
        assertThat(script.hasAttr("src")).isFalse();
    }

    @Test
    void coins_is_an_openurl_context_object_zotero_can_read() {
        Map<String, String> kev = kev(page("zm-toolkit"));

        assertThat(kev).containsEntry("ctx_ver", "Z39.88-2004")
                .containsEntry("rft_val_fmt", "info:ofi/fmt:kev:mtx:book")
                .containsEntry("rft.genre", "document")
                .containsEntry("rft.btitle", "Case management toolkit for Zambia")
                .containsEntry("rft.aulast", "Author").containsEntry("rft.aufirst", "A.")
                .containsEntry("rft.pub", "Example Organization").containsEntry("rft.date", "2019")
                .containsEntry("rft_id", server.url("/documents/zm-toolkit"));
    }

    @Test
    void the_cite_section_shows_each_style_and_links_each_export() {
        Element cite = page("zm-toolkit").getElementById("cite");

        assertThat(cite.select("dt").eachText()).containsExactly("APA", "Chicago", "Harvard");
        assertThat(cite.select("dd").first().text()).isEqualTo("Author, A. (2019). Case management toolkit for"
                + " Zambia [Toolkit]. Example Organization. " + server.url("/documents/zm-toolkit"));
        assertThat(cite.select("a[download]").eachAttr("href")).containsExactly(
                "/api/documents/zm-toolkit/citation?format=ris", "/api/documents/zm-toolkit/citation?format=bibtex",
                "/api/documents/zm-toolkit/citation?format=csl-json");
    }

    @Test
    void a_results_page_links_the_citations_of_its_hits() {
        Document page = Jsoup.parse(server.get("/?q=zambia&country=ZM").body());

        assertThat(page.select(".cite-results a").eachAttr("href"))
                .contains("/api/search/citations?q=zambia&country=ZM&format=ris")
                .contains("/api/search/citations?q=zambia&country=ZM&format=apa");
    }

    private static Map<String, String> kev(Document page) {
        Map<String, String> kev = new LinkedHashMap<>();
        for (String pair : page.selectFirst("span.Z3988").attr("title").split("&")) {
            int equals = pair.indexOf('=');
            kev.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return kev;
    }
}
