package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPageTest {

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.serving(new TestLibrary(dir)
                .add("zm-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case workers in Zambia follow seven steps.\n\nEach step is written down.",
                                "Page two: <supervision> & support.", "Page three.", "Page four is not previewed."))
                .add("zm-guide", "Case management guide for Zambian case workers", "guidance", List.of("ZM"), "en",
                        2020, List.of("Case workers in Zambia and their case management steps.")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void showsTheMetadataLinkedToSearches() {
        HttpResponse<String> page = server.get("/documents/zm-toolkit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"page-title\">Case management toolkit for Zambia</h1>")
                .contains("<a href=\"/?type=toolkit\">Toolkit</a>")
                .contains("<a href=\"/?country=ZM\">Zambia</a>")
                .contains("<a href=\"/?region=eastern-southern-africa\">Eastern &amp; Southern Africa</a>")
                .contains("<a href=\"/?year_from=2019&amp;year_to=2019\">2019</a>")
                .contains("inferred from the text").contains("A. Author");
    }

    @Test
    void offersTheDownloadWithWhatTheFileIs() {
        String body = server.get("/documents/zm-toolkit").body();

        assertThat(body).contains("href=\"/api/documents/zm-toolkit/file\" download=\"zm-toolkit.pdf\"")
                .contains("zm-toolkit.pdf · PDF · 12 KB · 4 pages");
    }

    @Test
    void previewsTheFirstPagesEscapedWithLinksToThem() {
        String body = server.get("/documents/zm-toolkit").body();

        assertThat(body).contains("<a href=\"/api/documents/zm-toolkit/file#page=2\">Page 2</a>")
                .contains("Page two: &lt;supervision&gt; &amp; support.")
                .contains("<p>Each step is written down.</p>")
                .contains("The first 3 of 4 pages.")
                .doesNotContain("Page four is not previewed.");
    }

    @Test
    void listsSimilarDocuments() {
        String body = server.get("/documents/zm-toolkit").body();

        assertThat(body).contains("Similar documents")
                .contains("<a href=\"/documents/zm-guide\">Case management guide for Zambian case workers</a>");
    }

    @Test
    void unknownDocumentIsAnHtml404() {
        HttpResponse<String> page = server.get("/documents/%3Cb%3Enope");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Document not found").contains("&lt;b&gt;nope");
    }
}
