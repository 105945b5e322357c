package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.search.Sort;

class LoadGeneratorTest {

    private static final QuerySpec QUERY = new QuerySpec("supervision", 1, Map.of(), Sort.RELEVANCE, 1, 10, false);
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void aTargetInThisProcessIsWarmedUntilTheCompilerSettlesAndTheLineSaysWhatItCompiledMeanwhile() throws Exception {
        LoadResult result = new LoadGenerator(List.of(QUERY)).run(answering(ProcessHandle.current().pid()), 1, SECOND,
                SECOND);

        assertThat(result.warmedSeconds()).isBetween(SECOND.toSeconds(), SECOND.plus(JitCompiler.MOST).toSeconds());
        assertThat(result.compilerMs()).isNotNegative();
        assertThat(result.line()).contains("warmed " + result.warmedSeconds() + " s, compiler ");
    }

    @Test
    void aTargetInAnotherProcessIsWarmedForTheTimeAskedOnly() throws Exception {
        LoadResult result = new LoadGenerator(List.of(QUERY)).run(answering(ProcessHandle.current().pid() + 1), 1,
                SECOND, SECOND);

        assertThat(result.warmedSeconds()).isEqualTo(SECOND.toSeconds());
        assertThat(result.compilerMs()).isEqualTo(-1);
        assertThat(result.line()).endsWith("warmed 1 s").doesNotContain("compiler");
    }

    @Test
    void theCompilerIsSettledWhenItTookAtMostItsShareOfTheSlice() {
        assertThat(JitCompiler.settled(50, 1000)).isTrue();
        assertThat(JitCompiler.settled(51, 1000)).isFalse();
    }

    private static Target answering(long pid) {
        return new Target() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public long pid() {
                return pid;
            }

            @Override
            public long answer(QuerySpec query) {
                return query.text().length();
            }
        };
    }
}
