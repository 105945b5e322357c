package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class InferenceEvaluationTest {

    @Test
    void inferenceMeetsItsTargetsOnTheSampleLibrarySources() {
        List<InferenceEvaluation.Sample> samples = SampleSources.read(SampleSources.contentFolder());
        assumeFalse(samples.isEmpty(), "no sample library sources in sample-docs/src/content");

        EvaluationReport report = new InferenceEvaluation(new MetadataEnricher(List.of())).evaluate(samples);
        report.lines().forEach(System.out::println);

        assertThat(report.language().value()).as("language accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(report.type().value()).as("type accuracy").isGreaterThanOrEqualTo(0.8);
        assertThat(report.countries().f1()).as("countries F1").isGreaterThanOrEqualTo(0.8);
        assertThat(report.topics().f1()).as("topics F1").isGreaterThanOrEqualTo(0.8);
    }
}
