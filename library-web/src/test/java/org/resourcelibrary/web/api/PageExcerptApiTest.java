package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RepositoryFiles;
import org.resourcelibrary.web.TestLibrary;

/** A PDF of only some pages of the Zambia assessment (a six-page sample-docs PDF), after a note page. */
class PageExcerptApiTest extends ApiTestBase {

    private static final String PAGES = "/api/documents/" + TestLibrary.ZAMBIA + "/pages?pages=";
    private static final Path ORIGINAL = RepositoryFiles.root()
            .resolve("sample-docs/library/zambia-workforce-assessment-2019.pdf");

    private static HttpResponse<byte[]> download(String pathAndQuery) {
        return app.send(app.request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void the_pages_asked_for_follow_a_note_of_where_they_come_from() throws IOException {
        HttpResponse<byte[]> response = download(PAGES + "3,1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"zambia-workforce-assessment-2019-pages-1,3.pdf\"");
        try (PDDocument excerpt = Loader.loadPDF(response.body()); PDDocument original = Loader.loadPDF(
                ORIGINAL.toFile())) {
            assertThat(excerpt.getNumberOfPages()).isEqualTo(3);
            String note = text(excerpt, 1).replaceAll("\\s+", " ");
            assertThat(note).contains("Zambia Social Service Workforce Assessment")
                    .contains("Ministry of Community Development, 2019")
                    .contains("pages 1, 3 of the 6 pages of this document")
                    .contains(app.uri("/documents/" + TestLibrary.ZAMBIA).toString());
            assertThat(text(excerpt, 2)).isEqualTo(text(original, 1));
            assertThat(text(excerpt, 3)).isEqualTo(text(original, 3));
            assertThat(excerpt.getDocumentInformation().getTitle())
                    .isEqualTo("Pages 1, 3 of Zambia Social Service Workforce Assessment");
        }
    }

    @Test
    void a_page_past_the_end_is_a_404_saying_how_many_there_are() {
        HttpResponse<String> response = app.get(PAGES + "5-7");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("detail").asText()).isEqualTo("the document has 6 pages; page 7 is not one of"
                + " them");
    }

    @Test
    void a_bad_page_list_is_a_400_naming_the_parameter() {
        HttpResponse<String> response = app.get(PAGES + "3-x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("pages");
        assertThat(json(response).get("detail").asText()).contains("'3-x' is not a page number");
    }

    @Test
    void more_pages_than_the_limit_is_a_400() {
        HttpResponse<String> response = app.get(PAGES + "1-" + (WebSettings.DEFAULT_MAX_EXCERPT_PAGES + 1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText())
                .contains("at most " + WebSettings.DEFAULT_MAX_EXCERPT_PAGES);
    }

    @Test
    void a_document_whose_original_is_not_a_pdf_is_a_422_saying_so() {
        HttpResponse<String> response = app.get("/api/documents/" + TestLibrary.TOOLKIT + "/pages?pages=1");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("detail").asText()).contains("only from a PDF").contains("text/plain");
    }

    @Test
    void an_unknown_document_is_a_404() {
        assertThat(app.get("/api/documents/missing/pages?pages=1").statusCode()).isEqualTo(404);
    }
}
