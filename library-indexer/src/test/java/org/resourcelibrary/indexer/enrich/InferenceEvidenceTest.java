package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.enrich.TestDocuments.repeat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.indexer.enrich.InferredValue.Strength;

class InferenceEvidenceTest {

    private static final MetadataEnricher ENRICHER = new MetadataEnricher(TestDocuments.cues(), List.of(), 2025);

    private static final String BODY = repeat("Moldova closed residential institutions and placed children in foster "
            + "care with families; the alternative care reform changed how children are cared for.", 12);

    private static MetadataEnricher.Enrichment describe(String... pages) {
        ExtractedText text = new ExtractedText("0".repeat(64), TestDocuments.PDF, List.of(pages), pages.length > 1,
                Map.of(), false, null);
        return ENRICHER.describe("report.pdf", "reports/report.pdf", text, null, null);
    }

    private static Optional<InferredValue> value(MetadataEnricher.Enrichment enrichment, MetadataField field,
                                                 String value) {
        return enrichment.inferred().stream().filter(v -> v.field() == field && v.value().equals(value)).findFirst();
    }

    @Test
    void aCountryNamedOnManyPagesIsStrongAndItsCluesNameThePages() {
        MetadataEnricher.Enrichment enrichment = describe("Alternative care reform\n\n" + BODY, BODY, BODY);

        InferredValue moldova = value(enrichment, MetadataField.COUNTRIES, "MD").orElseThrow();
        assertThat(moldova.strength()).isEqualTo(Strength.STRONG);
        assertThat(moldova.mentions()).isGreaterThan(InferredValue.MAX_CLUES);
        assertThat(moldova.clues()).hasSize(InferredValue.MAX_CLUES);
        assertThat(moldova.clues().get(0)).isEqualTo(new Clue("Moldova", Clue.FIRST_PAGE, 1));
    }

    @Test
    void aCountryMentionedOnceIsWeakWithThatMentionAndItsPage() {
        MetadataEnricher.Enrichment enrichment = describe("Case management in Zambia\n\nA short guide.",
                "Social workers keep a case file for every child and review it each month.");

        InferredValue zambia = value(enrichment, MetadataField.COUNTRIES, "ZM").orElseThrow();
        assertThat(zambia.strength()).isEqualTo(Strength.WEAK);
        assertThat(zambia.clues()).containsExactly(new Clue("Zambia", Clue.FIRST_PAGE, 1));
    }

    @Test
    void aTitleTakenFromACoverLineIsWeakAndShowsTheLine() {
        MetadataEnricher.Enrichment enrichment = describe("Strengthening the Social Service Workforce\n\n" + BODY,
                BODY);

        InferredValue title = value(enrichment, MetadataField.TITLE, "Strengthening the Social Service Workforce")
                .orElseThrow();
        assertThat(title.strength()).isEqualTo(Strength.WEAK);
        assertThat(title.clues()).containsExactly(new Clue("Strengthening the Social Service Workforce", Clue.COVER,
                1));
    }

    @Test
    void aTitleTheCoverLabelsIsStrong() {
        MetadataEnricher.Enrichment enrichment = describe("Title: Supervision of Para Professionals\n\n" + BODY, BODY);

        assertThat(value(enrichment, MetadataField.TITLE, "Supervision of Para Professionals").orElseThrow()
                .strength()).isEqualTo(Strength.STRONG);
    }

    @Test
    void aYearFromADateInTheTextIsWeakAndAPublicationStatementStrong() {
        MetadataEnricher.Enrichment footer = describe("Annual review\n\n" + BODY
                + "\nPrinted in Chisinau on 14 March 2016 by the ministry.", BODY);
        MetadataEnricher.Enrichment published = describe("Annual review\n\nPublished 2016\n\n" + BODY, BODY);

        InferredValue fromFooter = value(footer, MetadataField.YEAR, "2016").orElseThrow();
        assertThat(fromFooter.strength()).isEqualTo(Strength.WEAK);
        assertThat(fromFooter.clues()).containsExactly(new Clue("March 2016", Clue.FIRST_PAGE, 1));
        assertThat(value(published, MetadataField.YEAR, "2016").orElseThrow().strength())
                .isEqualTo(Strength.STRONG);
    }

    @Test
    void aTopicFromOneCueIsWeak() {
        MetadataEnricher.Enrichment enrichment = describe("Supervision in practice\n\nA note for managers.",
                "Managers meet their teams every week.");

        InferredValue supervision = value(enrichment, MetadataField.TOPICS, "supervision").orElseThrow();
        assertThat(supervision.strength()).isEqualTo(Strength.WEAK);
        assertThat(supervision.mentions()).isEqualTo(1);
    }

    @Test
    void valuesGivenByTheManifestHaveNoEvidence() {
        Metadata row = Metadata.NONE.with(MetadataField.TITLE, "Given title")
                .with(MetadataField.COUNTRIES, List.of("RO")).with(MetadataField.YEAR, 2010);
        ExtractedText text = new ExtractedText("0".repeat(64), TestDocuments.PDF, List.of(BODY, BODY), true,
                Map.of(), false, null);

        MetadataEnricher.Enrichment enrichment = ENRICHER.describe("r.pdf", "r.pdf", text, row, null);

        assertThat(enrichment.inferred()).extracting(InferredValue::field)
                .doesNotContain(MetadataField.TITLE, MetadataField.COUNTRIES, MetadataField.YEAR);
    }

    @Test
    void aLanguageDetectedOverPagesOfTextIsStrongAndShowsTheDetectorsGuessesAndTheWordsItRead() {
        InferenceEvaluation.Sample assessment = SampleSources.read(SampleSources.contentFolder()).get(0);
        InferredValue english = value(ENRICHER.describe("assessment.pdf", assessment.path(), assessment.text(), null,
                null), MetadataField.LANGUAGE, "en").orElseThrow();

        assertThat(english.strength()).isEqualTo(Strength.STRONG);
        assertThat(english.clues().get(0).place()).isEqualTo(Clue.DETECTOR);
        assertThat(english.clues().get(0).words()).matches("en [01]\\.\\d\\d(, \\w+ [01]\\.\\d\\d)*");
        assertThat(english.clues().get(1).place()).isEqualTo(Clue.TEXT);
        assertThat(english.clues().get(1).words()).endsWith(" …")
                .hasSizeLessThanOrEqualTo(LanguageInference.OPENING_CHARS + 2);
    }

    @Test
    void aLanguageDetectedFromAFewLinesIsWeak() {
        MetadataEnricher.Enrichment enrichment = describe("Case management in Zambia\n\nA short guide.",
                "Social workers keep a case file for every child and review it each month.");

        assertThat(value(enrichment, MetadataField.LANGUAGE, "en").orElseThrow().strength())
                .isEqualTo(Strength.WEAK);
    }

    @Test
    void anOrganisationOnlyShapedLikeANameIsWeakAndShowsItsCoverLine() {
        MetadataEnricher.Enrichment enrichment = describe("Alternative care reform\nMinistry of Labour and Social "
                + "Protection\n\n" + BODY, BODY);

        InferredValue ministry = value(enrichment, MetadataField.ORGANIZATION,
                "Ministry of Labour and Social Protection").orElseThrow();
        assertThat(ministry.strength()).isEqualTo(Strength.WEAK);
        assertThat(ministry.clues()).containsExactly(new Clue("Ministry of Labour and Social Protection", Clue.COVER,
                1));
    }

    @Test
    void anOrganisationAPublishedByStatementNamesIsStrong() {
        MetadataEnricher.Enrichment enrichment = describe("Alternative care reform\nPublished by Caring Communities "
                + "Alliance, 2018\n\n" + BODY, BODY);

        InferredValue alliance = value(enrichment, MetadataField.ORGANIZATION, "Caring Communities Alliance")
                .orElseThrow();
        assertThat(alliance.strength()).isEqualTo(Strength.STRONG);
        assertThat(alliance.clues()).containsExactly(new Clue("Published by Caring Communities Alliance, 2018",
                Clue.COVER, 1));
    }

    @Test
    void onTheSampleLibraryEveryInferredLanguageAndOrganisationHasEvidenceAndEveryLanguageIsConfidentAndRight() {
        List<InferenceEvaluation.Sample> samples = SampleSources.read(SampleSources.contentFolder());
        assertThat(samples).isNotEmpty();
        for (InferenceEvaluation.Sample sample : samples) {
            MetadataEnricher.Enrichment enrichment = ENRICHER.describe(Path.of(sample.path()).getFileName()
                    .toString(), sample.path(), sample.text(), null, null);
            for (MetadataField field : List.of(MetadataField.LANGUAGE, MetadataField.ORGANIZATION)) {
                if (enrichment.metadata().source(field).orElse(null) == FieldSource.INFERRED) {
                    String inferred = enrichment.metadata().values().text(field);
                    assertThat(value(enrichment, field, inferred)).as(sample.path() + " " + field)
                            .hasValueSatisfying(value -> assertThat(value.clues()).isNotEmpty());
                }
            }
            // Long texts, each in one language: every detection is confident, and right.
            enrichment.inferred().stream().filter(value -> value.field() == MetadataField.LANGUAGE)
                    .forEach(language -> assertThat(language).as(sample.path())
                            .extracting(InferredValue::value, InferredValue::strength)
                            .containsExactly(sample.truth().text(MetadataField.LANGUAGE), Strength.STRONG));
        }
    }
}
