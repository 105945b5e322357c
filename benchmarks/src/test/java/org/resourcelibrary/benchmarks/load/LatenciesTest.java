package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        assertThat(Latencies.percentileMs(nanos, 50)).isEqualTo(50.0);
        assertThat(Latencies.percentileMs(nanos, 99)).isEqualTo(99.0);
        assertThat(Latencies.percentileMs(nanos, 100)).isEqualTo(100.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Latencies.median(3, 1, 2)).isEqualTo(2.0);
        assertThat(Latencies.median(4, 1, 3, 2)).isEqualTo(2.5);
    }
}
