package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

class DocxRendererTest {

    private final SourceDocument source = Fixtures.of(Format.DOCX);
    private XWPFDocument docx;

    @BeforeEach
    void render() throws IOException {
        docx = new XWPFDocument(new ByteArrayInputStream(Renderers.standard().of(Format.DOCX).render(source)));
    }

    @Test
    void headingsUseWordHeadingStyles() {
        List<XWPFParagraph> headings = docx.getParagraphs().stream().filter(p -> p.getStyle() != null).toList();

        assertThat(headings).extracting(XWPFParagraph::getStyle)
                .containsExactly("Heading1", "Heading2", "Heading2", "Heading3", "Heading1");
        assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(headings.get(0).getText()).isEqualTo("Évaluation de la main-d'œuvre: São Tomé & Príncipe <test>");
    }

    @Test
    void listItemsAreNumberedParagraphs() {
        List<XWPFParagraph> items = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();

        assertThat(items).extracting(XWPFParagraph::getText).containsExactly("Les effectifs sont insuffisants.",
                "La supervision est irrégulière.", "Recruter 400 agents.", "Former les superviseurs.");
        assertThat(items.get(0).getNumFmt()).isEqualTo("bullet");
        assertThat(items.get(2).getNumFmt()).isEqualTo("decimal");
    }

    @Test
    void tablesKeepTheirCells() {
        XWPFTable table = docx.getTables().get(0);

        assertThat(table.getNumberOfRows()).isEqualTo(3);
        assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("Thiès");
        assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void eachSourcePageStartsANewPage() {
        long breaks = docx.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count();

        assertThat(breaks).isEqualTo(source.pages().size() - 1);
    }

    @Test
    void corePropertiesComeFromProperties() {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();

        assertThat(core.getTitle()).isEqualTo("Évaluation & \"suivi\" <2018>");
        assertThat(core.getCreator()).isEqualTo("Aminata Diouf");
        assertThat(core.getKeywords()).isEqualTo("évaluation; main-d'œuvre; Sénégal");
        assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2018-11-26T12:00:00Z"));
    }
}
