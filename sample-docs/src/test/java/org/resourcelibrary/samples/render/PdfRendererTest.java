package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

class PdfRendererTest {

    private final SourceDocument source = Fixtures.of(Format.PDF);

    private PDDocument rendered() throws IOException {
        return Loader.loadPDF(Renderers.standard().of(Format.PDF).render(source));
    }

    @Test
    void eachSourcePageIsOnePdfPage() throws IOException {
        try (PDDocument pdf = rendered()) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(source.pages().size());
        }
    }

    @Test
    void textLayerHoldsAccentedTextPageByPage() throws IOException {
        try (PDDocument pdf = rendered()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(pdf);

            assertThat(first).contains("Príncipe <test>", "Niño, coração, façon, ação",
                    "résultats principaux", "• Les effectifs sont insuffisants.", "3. Recruter 400 agents.");
            assertThat(second).contains("Tableau des effectifs", "Thiès", "Note méthodologique")
                    .doesNotContain("Recommandations");
        }
    }

    @Test
    void documentInformationComesFromProperties() throws IOException {
        try (PDDocument pdf = rendered()) {
            PDDocumentInformation info = pdf.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("Évaluation & \"suivi\" <2018>");
            assertThat(info.getAuthor()).isEqualTo("Aminata Diouf");
            assertThat(info.getKeywords()).isEqualTo("évaluation; main-d'œuvre; Sénégal");
            assertThat(info.getCreationDate().get(Calendar.YEAR)).isEqualTo(2018);
            assertThat(info.getCreationDate().get(Calendar.DAY_OF_MONTH)).isEqualTo(26);
        }
    }

    @Test
    void longSourcePageShrinksTypeToFitOnePage() throws IOException {
        StringBuilder longPage = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            longPage.append("A long paragraph line that fills the page, sentence ").append(i).append(". ");
        }
        SourceDocument dense = TestDocuments.paged(Format.PDF, longPage.toString(), longPage.toString());

        try (PDDocument pdf = Loader.loadPDF(Renderers.standard().of(Format.PDF).render(dense))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void pageThatCannotFitContinuesOnANewPage() throws IOException {
        String huge = "word ".repeat(5000);
        SourceDocument overflowing = TestDocuments.paged(Format.PDF, huge);

        try (PDDocument pdf = Loader.loadPDF(Renderers.standard().of(Format.PDF).render(overflowing))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(pdf).split("word", -1)).hasSize(5001);
        }
    }
}
