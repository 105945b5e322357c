package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.SmallLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** The tail listing at a tiny scale: every query timed, slowest first, the slowest printed. */
class SlowestQueriesTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryQuerySlowestFirst() throws Exception {
        Path data = dir.resolve("library");
        SmallLibrary.build(data);
        StringWriter out = new StringWriter();

        List<SlowestQueries.Timed> timed = new SlowestQueries(Vocabulary.standard(), new PrintWriter(out))
                .run(data, 40, 1, 2, 5);

        assertThat(timed).hasSize(40);
        assertThat(timed).extracting(SlowestQueries.Timed::nanos).allMatch(n -> n > 0)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(out.toString()).contains("40 queries, fastest of 2 rounds each: p50 ")
                .contains(timed.get(0).query().describe());
        assertThat(out.toString().lines().filter(line -> line.contains(" hits  "))).hasSize(5);
    }
}
