package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;

class EvaluationReportTest {

    @Test
    void precisionRecallAndF1CountOverAllDocuments() {
        EvaluationReport.SetScore score = new EvaluationReport.SetScore(0, 0, 0)
                .plus(List.of("ZM"), List.of("ZM", "MW"))
                .plus(List.of("KE", "UG"), List.of("KE"));

        assertThat(score).isEqualTo(new EvaluationReport.SetScore(2, 1, 1));
        assertThat(score.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void nothingExpectedAndNothingFoundIsPerfect() {
        EvaluationReport.SetScore score = new EvaluationReport.SetScore(0, 0, 0).plus(List.of(), List.of());

        assertThat(score.precision()).isEqualTo(1);
        assertThat(score.recall()).isEqualTo(1);
    }

    @Test
    void accuracyIsTheShareOfRightAnswers() {
        EvaluationReport.Accuracy accuracy = new EvaluationReport.Accuracy(0, 0).plus(true).plus(false).plus(true)
                .plus(true);

        assertThat(accuracy.value()).isEqualTo(0.75);
    }

    @Test
    void theEvaluationComparesInferenceWithTheTruthAndListsMisses() {
        InferenceEvaluation.Sample zambia = new InferenceEvaluation.Sample("zambia-report.pdf",
                TestDocuments.pdf("Strengthening the Workforce in Zambia\nLusaka, Published 2019\n"
                        + TestDocuments.repeat("Zambia counted its social welfare officers and its vacancies.", 10)),
                Metadata.NONE.with(MetadataField.TITLE, "Strengthening the Workforce in Zambia")
                        .with(MetadataField.COUNTRIES, List.of("ZM"))
                        .with(MetadataField.TOPICS, List.of("planning-workforce")).with(MetadataField.TYPE, "report")
                        .with(MetadataField.LANGUAGE, "en").with(MetadataField.YEAR, 2018));

        EvaluationReport report = new InferenceEvaluation(new MetadataEnricher(TestDocuments.cues(), List.of(), 2025))
                .evaluate(List.of(zambia));

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.countries()).isEqualTo(new EvaluationReport.SetScore(1, 0, 0));
        assertThat(report.language()).isEqualTo(new EvaluationReport.Accuracy(1, 1));
        assertThat(report.type()).isEqualTo(new EvaluationReport.Accuracy(1, 1));
        assertThat(report.year()).isEqualTo(new EvaluationReport.Accuracy(0, 1));
        assertThat(report.misses()).contains("zambia-report.pdf year: expected 2018, found 2019");
        assertThat(report.lines()).first().isEqualTo("documents 1");
    }
}
