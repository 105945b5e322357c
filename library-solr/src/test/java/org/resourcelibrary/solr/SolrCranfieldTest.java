package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.eval.Effectiveness;
import org.resourcelibrary.core.eval.Evaluation;
import org.resourcelibrary.core.eval.Metrics;
import org.resourcelibrary.core.eval.TestCollection;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Ranking on SolrCloud measured as {@code library eval} measures the embedded index: Cranfield indexed into a
 * collection of its own (2 shards × 2 replicas) and into an embedded index, the same queries through both. The
 * collection is the shared test data beside the repository; without it the test is skipped, saying so.
 *
 * <p>Issue 17 asks for SolrCloud within {@value #MAX_NDCG_LOSS} nDCG@10 of the embedded index; the test prints
 * both and the queries SolrCloud ranks worst against it. Tagged {@value #TAG}: two indexes of 1,400 documents
 * and 225 questions through both are too long for every build; run it with {@code -Dsolr.excluded.groups=none}.
 */
@Tag(SolrCranfieldTest.TAG)
@ExtendWith(TestCloud.class)
class SolrCranfieldTest {

    static final String TAG = "ranking-eval";
    static final String COLLECTION = "cranfield";
    /** How far below the embedded index's nDCG@10 SolrCloud may be (issue 17); BENCHMARKS.md has the figures. */
    static final double MAX_NDCG_LOSS = 0.01;

    /** How many of the queries SolrCloud ranks worst the test prints. */
    private static final int SHOWN_LOSSES = 15;

    @TempDir
    Path work;

    @Test
    void cranfieldOnSolrCloudRanksWithinAHundredthOfTheEmbeddedIndex() throws Exception {
        Path cranfield = sharedTestData("ir-cranfield");
        assumeTrue(Files.isDirectory(cranfield), "no Cranfield collection at " + cranfield);
        TestCollection collection = TestCollection.read(cranfield.resolve("docs.jsonl"),
                cranfield.resolve("queries.tsv"), cranfield.resolve("qrels.trec"));
        Effectiveness embeddedRun = new Evaluation(Ranking.DEFAULT).run(collection, work);
        Effectiveness cloudRun;
        try (SolrLibrary library = TestCloud.library(COLLECTION, Vocabulary.standard())) {
            cloudRun = Evaluation.run(collection, inOneBatch(library));
        }
        Metrics embedded = embeddedRun.overall();
        Metrics cloud = cloudRun.overall();
        printLosses(embeddedRun, cloudRun);
        System.out.printf("cranfield ndcg@10: embedded %.4f, SolrCloud %.4f; map %.4f / %.4f%n", embedded.ndcg10(),
                cloud.ndcg10(), embedded.map(), cloud.map());
        assertThat(cloud.ndcg10()).isGreaterThanOrEqualTo(embedded.ndcg10() - MAX_NDCG_LOSS);
    }

    /**
     * {@code library} writing the documents Evaluation upserts in one update at its commit: ranking is measured
     * here, and one acknowledged write per document (SolrDurabilityTest's concern) took most of the test's time.
     */
    private static Library inOneBatch(SolrLibrary library) {
        SolrDocuments documents = new SolrDocuments(Vocabulary.standard());
        List<SolrInputDocument> batch = new ArrayList<>();
        return (Library) Proxy.newProxyInstance(Library.class.getClassLoader(), new Class<?>[] {Library.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "upsert" -> batch.add(documents.document((ResourceContent) args[0], 0L));
                        case "commit" -> {
                            UpdateRequest update = new UpdateRequest();
                            update.add(batch);
                            update.process(TestCloud.cluster().getSolrClient(), COLLECTION);
                            library.commit();
                        }
                        default -> {
                            return method.invoke(library, args);
                        }
                    }
                    return null;
                });
    }

    /** The queries SolrCloud ranks worst against the embedded index, to trace where the two differ. */
    private static void printLosses(Effectiveness embedded, Effectiveness cloud) {
        embedded.ndcg10ByQuery().entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(e -> cloud.ndcg10ByQuery().getOrDefault(e.getKey(), 0d)
                        - e.getValue()))
                .limit(SHOWN_LOSSES)
                .forEach(e -> System.out.printf("query %s: embedded %.4f, SolrCloud %.4f%n", e.getKey(), e.getValue(),
                        cloud.ndcg10ByQuery().getOrDefault(e.getKey(), 0d)));
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
