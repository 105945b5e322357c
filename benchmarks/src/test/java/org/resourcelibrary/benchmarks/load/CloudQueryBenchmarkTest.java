package org.resourcelibrary.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.SmallLibrary;
import org.resourcelibrary.benchmarks.build.CloudBuild;
import org.resourcelibrary.benchmarks.build.IndexBuild.SyntheticCorpusSpec;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.configset.Configset;

/**
 * The SolrCloud side of the query benchmark, small: the tiny synthetic library built embedded and, through the
 * library's SolrCloud backend, into a real SolrCloud collection of 2 shards; the mix then asked of both.
 */
class CloudQueryBenchmarkTest {

    static final int MIX = 40;
    static final String COLLECTION = "bench";

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(1);

    @TempDir
    static Path dir;
    static String built;
    static QueryBenchmark.Report report;

    @BeforeAll
    static void buildBothAndRunTheMix() throws Exception {
        Path data = dir.resolve("library");
        SmallLibrary.build(data);
        SolrConnection connection = SolrConnection.of(null, SOLR.zkAddress(), COLLECTION, Map.of()).orElseThrow();
        try (var client = connection.waitingAtLeast(SolrCollections.INIT_TIMEOUT).connect()) {
            new SolrCollections(client).init(COLLECTION, Configset.generate(Ranking.DEFAULT), 2, 1);
        }
        StringWriter out = new StringWriter();
        try (SolrLibrary cloud = connection.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            built = new CloudBuild(Vocabulary.standard(), new PrintWriter(out)).build(dir.resolve("cloud"),
                    SyntheticCorpusSpec.read(data), cloud, SmallLibrary.THREADS);
        }
        report = new QueryBenchmark(Vocabulary.standard(), new PrintWriter(out)).run(new QueryBenchmark.Settings(
                data, false, dir.resolve("solr"), false, "256m", List.of(2), 1, Duration.ZERO, Duration.ofSeconds(1),
                MIX, 1, dir.resolve("logs"), false, false, true, connection, -1));
    }

    @Test
    void buildsTheSameDocumentsIntoTheCollection() {
        assertThat(built).contains("SolrCloud build " + SmallLibrary.DOCS + " docs into collection " + COLLECTION);
    }

    @Test
    void theLibraryOnSolrCloudAnswersTheMixWithoutErrors() {
        List<LoadResult> results = report.loads().results(QueryBenchmark.CLOUD, 2);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).requests()).isPositive();
        assertThat(results.get(0).errors()).isZero();
    }

    @Test
    void findsMostQueriesTheSameTotalAsTheEmbeddedLibrary() {
        // BackendNotes declares only the order of hits, not their totals; a search cut short by its time budget under
        // load may still count fewer.
        assertThat(report.cloudTotalsDiffering()).isLessThan(MIX / 2);
    }
}
