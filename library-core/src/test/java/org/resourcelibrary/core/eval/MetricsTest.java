package org.resourcelibrary.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures against values worked out by hand with trec_eval's definitions. */
class MetricsTest {

    private static final Map<String, Map<String, Integer>> QRELS = Map.of(
            "q1", Map.of("a", 3, "b", 1, "c", 0, "d", 2),
            "q2", Map.of("x", 0));

    @Test
    void averagePrecisionDividesByAllRelevantDocuments() {
        // relevant a, b, d; ranking d c a: precision at hits 1/1 and 2/3; (1 + 2/3) / 3
        assertThat(Metrics.averagePrecision(List.of("d", "c", "a"), QRELS.get("q1"), 3)).isCloseTo(5.0 / 9, within(1e-9));
    }

    @Test
    void ndcgUsesGradedGainsAndTheIdealOrder() {
        double dcg = 2 / log2(2) + 0 / log2(3) + 3 / log2(4);
        double ideal = 3 / log2(2) + 2 / log2(3) + 1 / log2(4);
        assertThat(Metrics.ndcgAt(List.of("d", "c", "a"), QRELS.get("q1"), 10)).isCloseTo(dcg / ideal, within(1e-9));
    }

    @Test
    void queriesWithoutRelevantDocumentsAreNotCounted() {
        Metrics metrics = Metrics.of(Map.of("q1", List.of("a", "d", "b")), QRELS);
        assertThat(metrics.queries()).isEqualTo(1);
        assertThat(metrics.map()).isCloseTo(1.0, within(1e-9));
        assertThat(metrics.ndcg10()).isCloseTo(1.0, within(1e-9));
        assertThat(metrics.recall100()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aQueryWithNoRunScoresZero() {
        assertThat(Metrics.of(Map.of(), QRELS).map()).isZero();
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
