package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyticsCostTest {

    private static final String WITH = RecordedSearches.NAME;
    private static final String WITHOUT = InProcessTarget.NAME;

    @Test
    void theP99DifferenceIsTakenRunByRunSoThatALoadSlowingBothTargetsCancelsOut() {
        Comparison comparison = new Comparison();
        comparison.add(result(WITHOUT, 20.0));
        comparison.add(result(WITH, 20.5));
        comparison.add(result(WITHOUT, 80.0));
        comparison.add(result(WITH, 79.0));
        comparison.add(result(WITHOUT, 30.0));
        comparison.add(result(WITH, 30.25));

        assertThat(comparison.p99Differences(WITH, WITHOUT, 1)).containsExactly(0.5, -1.0, 0.25);
    }

    @Test
    void theCostLineShowsEveryPairAndTheirMedian() {
        assertThat(QueryBenchmark.analyticsCost(new double[] {0.5, -1.0, 0.25, 3.0}))
                .isEqualTo("p99 with analytics minus without, per run: +0.50, -1.00, +0.25, +3.00 ms; median +0.38 ms");
    }

    private static LoadResult result(String target, double p99Ms) {
        return new LoadResult(target, 1, 1000, 0, 10.0, p99Ms / 4, p99Ms, 1.0, 2.0, 0, -1);
    }
}
