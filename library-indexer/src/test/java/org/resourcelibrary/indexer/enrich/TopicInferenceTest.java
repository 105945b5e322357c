package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.enrich.TestDocuments.evidence;
import static org.resourcelibrary.indexer.enrich.TestDocuments.pdf;
import static org.resourcelibrary.indexer.enrich.TestDocuments.repeat;

import org.junit.jupiter.api.Test;

class TopicInferenceTest {

    private final TopicInference inference = new TopicInference(TestDocuments.cues());

    @Test
    void theTopicsATextIsAboutAreFound() {
        Evidence evidence = evidence(pdf(repeat("The case worker opens a case file, writes a case plan and follows "
                        + "each referral. Child protection committees report abuse and neglect.", 8)),
                "A Case Management Toolkit for Child Protection", "toolkit.pdf", "en");

        assertThat(inference.infer(evidence)).containsExactly("case-management", "child-protection");
    }

    @Test
    void cuesInTheTitleOutweighTheirDensityInTheText() {
        Evidence evidence = evidence(pdf(repeat("Data on the workforce was collected in every district.", 10)
                        + " Supervisors met monthly."),
                "Supportive Supervision Guideline", "guideline.docx", "en");

        assertThat(inference.infer(evidence)).startsWith("supervision");
    }

    @Test
    void cuesOfTheDocumentsLanguageCount() {
        Evidence evidence = evidence(pdf(repeat("El cuidado alternativo y el acogimiento familiar protegen a la niñez "
                        + "sin cuidado parental.", 6)),
                "Guía de acogimiento familiar", "guia.pdf", "es");

        assertThat(inference.infer(evidence)).startsWith("alternative-care");
    }

    @Test
    void aKindOfDocumentIsNotATopic() {
        Evidence evidence = evidence(pdf(repeat("This case study describes a volunteer scheme for community "
                        + "volunteers and para social workers.", 6)),
                "A Case Study", "case-study.pdf", "en");

        assertThat(inference.infer(evidence)).containsExactly("para-professionals");
    }

    @Test
    void aTextWithoutCuesHasNoTopic() {
        Evidence evidence = evidence(pdf(repeat("Lorem ipsum dolor sit amet.", 20)), "Lorem", "lorem.pdf", "en");

        assertThat(inference.infer(evidence)).isEmpty();
    }

    @Test
    void noMoreThanFourTopicsAreKept() {
        String everything = "supervision advocacy curriculum alternative care case management child protection "
                + "legislation workforce planning data HIV research volunteers";
        Evidence evidence = evidence(pdf(repeat(everything, 10)), everything, "all.pdf", "en");

        assertThat(inference.infer(evidence)).hasSize(TopicInference.STANDOUTS.max());
    }
}
