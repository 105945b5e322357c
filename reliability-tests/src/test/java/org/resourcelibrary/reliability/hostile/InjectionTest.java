package org.resourcelibrary.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.LibraryService;
import org.resourcelibrary.web.HeadlessChromium;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;

/**
 * Script and markup in a document's title, metadata and text, uploaded by a librarian: the JSON API gives
 * them back as the same characters (JSON, never sniffed as HTML) and the search and document pages show them
 * as text, escaped, never as markup.
 */
class InjectionTest {

    private static final String NAME = "injection";
    private static final String WORD = "pwnedmarker";
    /** What each injected script does: marks the page, which the browser's rendered DOM would then show. */
    private static final String PWN = "document.documentElement.dataset.pwned=";
    private static final String TITLE = WORD + " <script>" + PWN + "1</script><img src=x onerror=\"" + PWN + "2\">";
    private static final String SUMMARY = "\"><svg onload=" + PWN + "3> ' onmouseover='" + PWN + "4";
    private static final String AUTHORS = "</title><script>" + PWN + "5</script>";
    private static final String TEXT = WORD + " in the text <script>" + PWN + "6</script> and "
            + "<iframe src=\"javascript:" + PWN + "7\"></iframe> and {{constructor.constructor('" + PWN + "8')()}}"
            + " then ]]><!-- --> <style>body{display:none}</style> " + WORD + " supervision.";
    /** Markup that must never reach a page as markup (quotes may: once '<' is escaped they open no attribute). */
    private static final List<String> LIVE_MARKUP = List.of("<script>document", "<img src=x", "<svg onload", "<iframe",
            "<style>body", "<b>" + WORD);

    @TempDir
    static Path dir;
    private static LibraryService service;
    private static RunningApp app;
    private static String id;

    @BeforeAll
    static void uploadTheHostileDocument() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        service = LibraryService.start(data, LuceneLibrary.open(data.index(), Vocabulary.standard()));
        app = service.app();
        HttpResponse<String> created = app.send(new Multipart()
                .file("file", "<b>" + WORD + "</b>.txt", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8))
                .field("title", TITLE).field("summary", SUMMARY).field("authors", AUTHORS)
                .post(app, "/api/documents", LibraryService.TOKEN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        id = Json.mapper().readTree(created.body()).get("document").get("id").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @Test
    void theJsonApiReturnsTheSameCharactersAsJsonNeverSniffed() throws IOException {
        for (String path : List.of("/api/search?q=" + WORD, "/api/documents/" + id)) {
            HttpResponse<String> response = app.get(path);

            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            JsonNode body = Json.mapper().readTree(response.body());
            JsonNode document = body.has("hits") ? body.get("hits").get(0) : body;
            assertThat(document.get("title").asText()).as(path).isEqualTo(TITLE);
        }
    }

    @Test
    void theSearchAndDocumentPagesShowTheMarkupAsEscapedText() {
        for (String path : pages()) {
            HttpResponse<String> page = app.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(path).doesNotContain(LIVE_MARKUP).contains("&lt;script&gt;" + PWN + "1");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        Figures.print(NAME, "script and markup in title, summary, authors, file name and text: the same characters "
                + "in 2 JSON responses (nosniff), escaped in the search and document pages (" + LIVE_MARKUP.size()
                + " live-markup patterns absent)");
    }

    @Test
    void noInjectedScriptRunsInAHeadlessBrowser(@TempDir Path scratch) throws Exception {
        assumeTrue(HeadlessChromium.available(), "chromium is not installed (CI installs it)");
        for (String path : pages()) {
            String dom = HeadlessChromium.dumpDom(app.uri(path), scratch);

            assertThat(dom).as(path).contains(WORD).doesNotContain("data-pwned");
        }
        Figures.print(NAME, "search and document pages rendered in headless Chromium: none of the 8 injected scripts "
                + "ran");
    }

    private static List<String> pages() {
        return List.of("/?q=" + WORD, "/documents/" + id);
    }
}
