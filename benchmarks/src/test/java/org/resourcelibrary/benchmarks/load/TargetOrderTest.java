package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.benchmarks.mix.QuerySpec;

class TargetOrderTest {

    private static final Target FIRST = named("first");
    private static final Target SECOND = named("second");

    @Test
    void everyOtherRunTakesTheTargetsInReverse() {
        assertThat(QueryBenchmark.inTurn(List.of(FIRST, SECOND), 1)).containsExactly(FIRST, SECOND);
        assertThat(QueryBenchmark.inTurn(List.of(FIRST, SECOND), 2)).containsExactly(SECOND, FIRST);
        assertThat(QueryBenchmark.inTurn(List.of(FIRST, SECOND), 3)).containsExactly(FIRST, SECOND);
    }

    private static Target named(String name) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long pid() {
                return ProcessHandle.current().pid();
            }

            @Override
            public long answer(QuerySpec query) {
                return 0;
            }
        };
    }
}
