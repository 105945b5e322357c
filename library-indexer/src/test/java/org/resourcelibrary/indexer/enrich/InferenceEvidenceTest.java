package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.enrich.TestDocuments.repeat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
}
