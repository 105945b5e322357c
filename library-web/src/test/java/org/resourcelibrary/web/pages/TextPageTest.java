package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's text one page at a time, and the results page's download of a hit's matching pages. */
class TextPageTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.serving(new TestLibrary(dir)
                .add("zm-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Page one.", "Page two: <supervision> & support.\n\nSecond paragraph.",
                                "Page three on supervision.", "Page four.")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_page_shows_its_text_escaped_with_the_pages_around_it() {
        Document page = Jsoup.parse(server.get("/documents/zm-toolkit/text?page=2").body());

        assertThat(page.select("h1").text()).isEqualTo("Page 2 of 4");
        assertThat(page.select(".text-page p").eachText()).containsExactly("Page two: <supervision> & support.",
                "Second paragraph.");
        assertThat(page.select("a[rel=prev]").first().attr("href")).isEqualTo("/documents/zm-toolkit/text?page=1");
        assertThat(page.select("a[rel=next]").first().attr("href")).isEqualTo("/documents/zm-toolkit/text?page=3");
        assertThat(page.select("a[download]").attr("href")).isEqualTo("/api/documents/zm-toolkit/pages?pages=2");
    }

    @Test
    void the_first_page_has_no_previous_and_the_last_no_next() {
        assertThat(Jsoup.parse(server.get("/documents/zm-toolkit/text").body()).select("a[rel=prev]")).isEmpty();
        assertThat(Jsoup.parse(server.get("/documents/zm-toolkit/text?page=4").body()).select("a[rel=next]"))
                .isEmpty();
    }

    @Test
    void a_page_past_the_end_is_an_html_404_saying_how_many_there_are() {
        HttpResponse<String> response = server.get("/documents/zm-toolkit/text?page=5");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("it has 4 pages");
    }

    @Test
    void a_page_that_is_not_a_number_is_an_html_400() {
        assertThat(server.get("/documents/zm-toolkit/text?page=two").statusCode()).isEqualTo(400);
    }

    @Test
    void the_document_page_links_its_text() {
        Document page = Jsoup.parse(server.get("/documents/zm-toolkit").body());

        assertThat(page.select(".document__read-text a").attr("href")).isEqualTo("/documents/zm-toolkit/text?page=1");
    }

    @Test
    void a_pdf_hit_offers_its_matching_pages_as_one_download() {
        Document page = Jsoup.parse(server.get("/?q=supervision").body());

        assertThat(page.select(".result__pages a").attr("href"))
                .isEqualTo("/api/documents/zm-toolkit/pages?pages=" + String.join(",", page.select(".snippet__page")
                        .eachText().stream().map(text -> text.replace("page ", "")).sorted().toList()));
    }
}
