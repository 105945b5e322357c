package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.enrich.TestDocuments.evidence;
import static org.resourcelibrary.indexer.enrich.TestDocuments.pdf;
import static org.resourcelibrary.indexer.enrich.TestDocuments.repeat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.store.ExtractedText;

class TypeInferenceTest {

    private static final String TEXT = repeat("Social workers visit families and keep records.", 30);

    private final TypeInference inference = new TypeInference(TestDocuments.cues());

    private String type(ExtractedText text, String title, String path, String language) {
        return inference.infer(evidence(text, title, path, language)).orElse(null);
    }

    @Test
    void theTitleNamesTheKindOfDocument() {
        assertThat(type(pdf(TEXT), "A Case Management Toolkit for Practitioners", "x.pdf", "en")).isEqualTo("toolkit");
        assertThat(type(pdf(TEXT), "Guía práctica de manejo de casos", "x.pdf", "es")).isEqualTo("guidance");
        assertThat(type(pdf(TEXT), "Boletim Lusófono 2025", "x.pdf", "pt")).isEqualTo("newsletter-brief");
    }

    @Test
    void theFileNameNamesItWhenTheTitleDoesNot() {
        assertThat(type(pdf(TEXT), "Walking Alongside", "docs/mentoring-curriculum.pdf", "en"))
                .isEqualTo("curriculum-training");
    }

    @Test
    void theLongerPhraseDecides() {
        assertThat(type(pdf(TEXT), "Policy Brief on Workforce Planning", "x.pdf", "en")).isEqualTo("newsletter-brief");
        assertThat(type(pdf(TEXT), "Closer to Home: A Case Study", "x.pdf", "en")).isEqualTo("case-study");
    }

    @Test
    void slidesArePresentationsUnlessTheirTitleSaysOtherwise() {
        ExtractedText slides = TestDocuments.document(TestDocuments.PPTX, TEXT, Map.of());

        assertThat(type(slides, "Supervisión de apoyo en los equipos", "chile.pptx", "es"))
                .isEqualTo("presentation-webinar");
        assertThat(type(slides, "Induction Training Course for Community Workers", "malawi.pptx", "en"))
                .isEqualTo("curriculum-training");
    }

    @Test
    void aDocumentWithoutAnyCueFallsBackOnItsFormat() {
        assertThat(type(pdf(TEXT), "From Institutions to Families", "moldova.pdf", "en")).isEqualTo("report");
    }

    @Test
    void aFormatWithoutPriorAndNoCueHasNoType() {
        ExtractedText image = new ExtractedText(null, "image/png", List.of(TEXT), false, Map.of(), false, null);

        assertThat(type(image, "Walking Alongside", "scan.png", "en")).isNull();
    }
}
