package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.eval.Evaluation;
import org.resourcelibrary.core.eval.Metrics;
import org.resourcelibrary.core.eval.TestCollection;
import org.resourcelibrary.core.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.Configset;

/**
 * Ranking on SolrCloud measured as {@code library eval} measures the embedded index: Cranfield indexed into a
 * collection of its own (2 shards × 2 replicas) and into an embedded index, the same queries through both. The
 * collection is the shared test data beside the repository; without it the test is skipped, saying so.
 *
 * <p>Issue 17 asks for SolrCloud within 0.01 nDCG@10 of the embedded index; it is not there yet (edismax lacks
 * the embedded combined-field scoring and feedback from the first results), so this holds SolrCloud to the level
 * it reaches and prints both. Tagged {@value #TAG}: it indexes 1,400 documents one acknowledged write at a time,
 * too long for every build; run it with {@code -Dsolr.excluded.groups=none}.
 */
@Tag(SolrCranfieldTest.TAG)
@ExtendWith(TestCloud.class)
class SolrCranfieldTest {

    static final String TAG = "ranking-eval";
    static final String COLLECTION = "cranfield";
    /**
     * The floor nDCG@10 on Cranfield through SolrCloud: what it reaches now, below the embedded index's 0.40
     * floor (CranfieldRegressionTest); BENCHMARKS.md is where the figures go.
     */
    static final double MIN_NDCG_AT_10 = 0.37;

    @TempDir
    Path work;

    @Test
    void cranfieldOnSolrCloudReachesTheRankingsFloor() throws Exception {
        Path cranfield = sharedTestData("ir-cranfield");
        assumeTrue(Files.isDirectory(cranfield), "no Cranfield collection at " + cranfield);
        TestCollection collection = TestCollection.read(cranfield.resolve("docs.jsonl"),
                cranfield.resolve("queries.tsv"), cranfield.resolve("qrels.trec"));
        new SolrCollections(TestCloud.cluster().getSolrClient()).init(COLLECTION, Configset.generate(Ranking.DEFAULT),
                TestCloud.SHARDS, TestCloud.REPLICAS);
        Metrics embedded = new Evaluation(Ranking.DEFAULT).run(collection, work).overall();
        Metrics cloud;
        SolrConnection connection = TestCloud.connection();
        try (SolrLibrary library = new SolrConnection(null, connection.zkHosts(), connection.zkChroot(), COLLECTION)
                .open(Vocabulary.standard(), Ranking.DEFAULT)) {
            cloud = Evaluation.run(collection, library).overall();
        }
        System.out.printf("cranfield ndcg@10: embedded %.4f, SolrCloud %.4f; map %.4f / %.4f%n", embedded.ndcg10(),
                cloud.ndcg10(), embedded.map(), cloud.map());
        assertThat(cloud.ndcg10()).isGreaterThanOrEqualTo(MIN_NDCG_AT_10);
    }

    /** {@code <repo root>/../shared/testdata/<name>}, the repo root being the directory of the parent pom. */
    private static Path sharedTestData(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("library-core")))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("no-repository-root") : dir.getParent().resolve("shared").resolve("testdata")
                .resolve(name);
    }
}
