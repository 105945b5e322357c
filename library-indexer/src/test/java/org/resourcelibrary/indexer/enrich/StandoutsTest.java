package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StandoutsTest {

    @Test
    void codesFarBelowTheBestAreLeftOut() {
        Standouts standouts = new Standouts(1, 0.5, 10);
        assertThat(standouts.of(Map.of("ke", 10.0, "tz", 5.0, "ug", 4.9))).containsExactly("ke", "tz");
    }

    @Test
    void codesBelowTheMinimumScoreAreLeftOutEvenWhenBest() {
        Standouts standouts = new Standouts(3, 0.1, 10);
        assertThat(standouts.of(Map.of("ke", 2.9, "tz", 1.0))).isEmpty();
    }

    @Test
    void atMostTheMaximumAreKeptBestFirstTiesByCode() {
        Standouts standouts = new Standouts(0, 0, 2);
        assertThat(standouts.of(Map.of("zm", 4.0, "ao", 4.0, "mw", 9.0))).containsExactly("mw", "ao");
    }

    @Test
    void theBestIsTheSingleHighestScoringCode() {
        assertThat(Standouts.BEST.of(Map.of("report", 1.0, "toolkit", 3.0, "guide", 3.0))).containsExactly("guide");
        assertThat(Standouts.best(Map.of())).isZero();
    }
}
