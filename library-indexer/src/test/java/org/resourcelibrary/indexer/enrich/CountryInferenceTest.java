package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.enrich.TestDocuments.evidence;
import static org.resourcelibrary.indexer.enrich.TestDocuments.pdf;
import static org.resourcelibrary.indexer.enrich.TestDocuments.repeat;

import org.junit.jupiter.api.Test;

class CountryInferenceTest {

    private static final String FILLER = repeat("Social workers visit families and keep case records up to date.", 40);

    private final CountryInference inference = new CountryInference(TestDocuments.cues());

    @Test
    void aCountryOfTheTitleAndTextIsFound() {
        Evidence evidence = evidence(
                pdf("Zambian districts report many vacancies. " + FILLER, "In Zambia the ministry agreed."),
                "Social Welfare Officers in Zambia", "report.pdf", "en");

        assertThat(inference.infer(evidence)).containsExactly("ZM");
    }

    @Test
    void passingMentionsOfOtherCountriesDoNotCount() {
        Evidence evidence = evidence(pdf(repeat("Zambia has counted its social welfare officers.", 12),
                        "Neighbours such as Malawi and Zimbabwe did the same. " + FILLER),
                "Counting the Workforce in Zambia", "count.pdf", "en");

        assertThat(inference.infer(evidence)).containsExactly("ZM");
    }

    @Test
    void aDocumentThatNamesCountriesOnlyAsExamplesHasNone() {
        Evidence evidence = evidence(pdf(FILLER, FILLER + " Kenya, for example, trains volunteers.", FILLER,
                        FILLER + " Brazil pays a stipend."),
                "Making the Case: An Advocacy Toolkit", "advocacy-toolkit.docx", "en");

        assertThat(inference.infer(evidence)).isEmpty();
    }

    @Test
    void nigeriaIsNotNiger() {
        Evidence evidence = evidence(
                pdf(repeat("Nigeria has 36 states and Nigerian social workers serve them all.", 5)),
                "Social Welfare in Nigeria", "nigeria.pdf", "en");

        assertThat(inference.infer(evidence)).containsExactly("NG");
    }

    @Test
    void adjectivesCountInTheDocumentsLanguage() {
        Evidence evidence = evidence(pdf(repeat("Les travailleurs sociaux sénégalais sont trop peu nombreux.", 6)),
                "Évaluation de la main-d'œuvre du travail social", "evaluation.pdf", "fr");

        assertThat(inference.infer(evidence)).containsExactly("SN");
    }

    @Test
    void shortFormsCountInTheirLanguage() {
        String french = repeat("En RDC, les relais communautaires protègent les enfants.", 5);

        assertThat(inference.infer(evidence(pdf(french), "Formation des relais", "formation.pptx", "fr")))
                .containsExactly("CD");
        assertThat(inference.infer(evidence(pdf(repeat("The DRC trains community workers.", 5)), "Training",
                "training.pdf", "en"))).containsExactly("CD");
    }

    @Test
    void aBareCongoCountsForNeitherCongo() {
        Evidence evidence = evidence(pdf(repeat("The Congo basin and the Congo river.", 5)), "Rivers", "rivers.pdf",
                "en");

        assertThat(inference.infer(evidence)).isEmpty();
    }

    @Test
    void countriesNamedTogetherInTheTitleAreAllKept() {
        Evidence evidence = evidence(pdf(repeat("Ghana and Nigeria reformed their child protection laws.", 6)),
                "A Review of Child Protection Legislation in Ghana and Nigeria", "review.pdf", "en");

        assertThat(inference.infer(evidence)).containsExactlyInAnyOrder("GH", "NG");
    }

    @Test
    void aCountryInTheFileNameCounts() {
        Evidence evidence = evidence(pdf("Notes from visits to volunteers in Kisumu. " + FILLER), null,
                "field-notes/kenya-volunteer-notes.txt", "en");

        assertThat(inference.infer(evidence)).containsExactly("KE");
    }

    @Test
    void noMoreThanAHandfulOfCountriesAreKept() {
        String all = "Zambia Kenya Uganda Nigeria Ghana Malawi Rwanda Tanzania Ethiopia Senegal Brazil Mexico.";
        Evidence evidence = evidence(pdf(repeat(all, 5)), "Country profiles: " + all, "profiles.pdf", "en");

        assertThat(inference.infer(evidence)).hasSize(CountryInference.STANDOUTS.max());
    }
}
