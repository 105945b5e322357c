package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.SmallLibrary;
import org.resourcelibrary.benchmarks.solr.SolrQueries;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The whole query benchmark at a tiny scale: a 200-document library, our searcher in-process, {@code library serve}
 * from the packaged jar and Solr in their own JVMs, a one-second load at each concurrency.
 */
class QueryBenchmarkTest {

    static final int MIX = 60;
    static final List<Integer> CONCURRENCIES = List.of(1, 4);

    @TempDir
    static Path dir;
    static QueryBenchmark.Report report;
    static String printed;

    @BeforeAll
    static void runTheBenchmarkOnATinyLibrary() throws Exception {
        Path data = dir.resolve("library");
        SmallLibrary.build(data);
        StringWriter out = new StringWriter();
        report = new QueryBenchmark(Vocabulary.standard(), new PrintWriter(out)).run(new QueryBenchmark.Settings(
                data, true, dir.resolve("solr"), true, "256m", CONCURRENCIES, 1, Duration.ZERO, Duration.ofSeconds(1),
                MIX, 1, dir.resolve("logs"), false, false));
        printed = out.toString();
    }

    @Test
    void everyTargetAnswersTheMixWithoutErrors() {
        for (String target : List.of(InProcessTarget.NAME, HttpTarget.LIBRARY, SolrQueries.NAME)) {
            for (int concurrency : CONCURRENCIES) {
                List<LoadResult> results = report.loads().results(target, concurrency);
                assertThat(results).as(target + " at " + concurrency).hasSize(1);
                assertThat(results.get(0).requests()).isPositive();
                assertThat(results.get(0).errors()).isZero();
                assertThat(results.get(0).p99Ms()).isGreaterThanOrEqualTo(results.get(0).p50Ms());
            }
        }
    }

    @Test
    void solrAndOurSearcherAgreeOnTheTotalOfEveryQueryWithAllItsWords() {
        assertThat(report.totals().compared()).isEqualTo(MIX);
        assertThat(report.totals().differ()).isZero();
        assertThat(report.totals().same()).isGreaterThan(MIX / 2);
    }

    @Test
    void ourServerAnswersEveryQueryWithTheSameTotalOverHttpAsInProcess() {
        assertThat(report.httpTotalsDiffering()).isZero();
    }

    @Test
    void theReportHasTheTableStartUpAndMemoryFigures() {
        assertThat(printed).contains("| target | concurrency |", "library serve: ready", "Solr: ready",
                "RSS", "HTTP / in-process QPS", "library HTTP / Solr HTTP QPS");
    }
}
