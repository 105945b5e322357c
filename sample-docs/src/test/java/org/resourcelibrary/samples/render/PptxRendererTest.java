package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;

class PptxRendererTest {

    private XMLSlideShow deck;

    @BeforeEach
    void render() throws IOException {
        deck = new XMLSlideShow(new ByteArrayInputStream(
                Renderers.standard().of(Format.PPTX).render(Fixtures.of(Format.PPTX))));
    }

    @Test
    void oneSlidePerSourceSlideWithItsTitle() {
        assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle)
                .containsExactly("Évaluation de la main-d'œuvre", "Principales conclusions");
    }

    @Test
    void bodyHoldsBulletsAndParagraphs() {
        XSLFTextShape body = deck.getSlides().get(1).getPlaceholder(1);

        assertThat(body.getTextParagraphs()).extracting(p -> p.getText())
                .containsExactly("Les effectifs sont insuffisants.", "Recruter 400 agents", "Former les superviseurs");
        assertThat(body.getTextParagraphs().get(0).isBullet()).isFalse();
        assertThat(body.getTextParagraphs().get(1).isBullet()).isTrue();
    }

    @Test
    void speakerNotesComeFromNotesLines() {
        List<XSLFShape> shapes = deck.getSlides().get(0).getNotes().getShapes();
        String notes = shapes.stream().filter(s -> s instanceof XSLFTextShape).map(s -> ((XSLFTextShape) s).getText())
                .reduce("", String::concat);

        assertThat(notes).contains("Bienvenue à tous. Présentation des résultats.");
    }

    @Test
    void corePropertiesComeFromProperties() {
        assertThat(deck.getProperties().getCoreProperties().getTitle()).isEqualTo("Évaluation & \"suivi\" <2018>");
        assertThat(deck.getProperties().getCoreProperties().getCreator()).isEqualTo("Aminata Diouf");
    }
}
