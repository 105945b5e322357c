package org.resourcelibrary.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.Configset;

/**
 * One real SolrCloud for every test class of the run ({@code @ExtendWith(TestCloud.class)}): two Solr nodes and
 * their own ZooKeeper in this JVM, on loopback, with the library's collection of 2 shards × 2 replicas made by
 * {@link SolrCollections#init} from the generated configset. Started by the first class that needs it, shut down
 * when the run ends.
 */
public final class TestCloud implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String COLLECTION = "library";
    public static final int NODES = 2;
    public static final int SHARDS = 2;
    public static final int REPLICAS = 2;
    /**
     * Each search's time budget in tests: the comparisons are of answers, and a test JVM sharing its cores with
     * two Solr nodes (and a busy CI machine) must not turn an answer into a partial one.
     */
    public static final java.time.Duration SEARCH_BUDGET = java.time.Duration.ofMinutes(1);

    private static MiniSolrCloudCluster cluster;
    private static Path base;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TestCloud.class) {
            if (cluster == null) {
                base = Files.createTempDirectory("solrcloud");
                cluster = new MiniSolrCloudCluster.Builder(NODES, base).withMetrics(false).build();
                new SolrCollections(cluster.getSolrClient()).init(COLLECTION, Configset.generate(Ranking.DEFAULT),
                        SHARDS, REPLICAS);
                cluster.waitForActiveCollection(COLLECTION, SHARDS, SHARDS * REPLICAS);
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(TestCloud.class.getName(), this);
            }
        }
    }

    /** The running cluster. */
    public static MiniSolrCloudCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(TestCloud.class)");
        }
        return cluster;
    }

    /** A library on the test collection, with its own client (closing it leaves the cluster running). */
    public static SolrLibrary library(Vocabulary vocabulary) {
        return connection().open(vocabulary, Ranking.DEFAULT, SEARCH_BUDGET);
    }

    /**
     * A library on a collection of its own ({@code name}, 2 shards × 2 replicas, made if missing), for a test that
     * needs documents no other test writes.
     */
    public static SolrLibrary library(String name, Vocabulary vocabulary) throws java.io.IOException {
        new SolrCollections(cluster().getSolrClient()).init(name, Configset.generate(Ranking.DEFAULT), SHARDS,
                REPLICAS);
        SolrConnection connection = connection();
        return new SolrConnection(null, connection.zkHosts(), connection.zkChroot(), name).open(vocabulary,
                Ranking.DEFAULT, SEARCH_BUDGET);
    }

    /** The test collection as {@code --zk HOST:PORT/chroot --collection library} names it. */
    public static SolrConnection connection() {
        return SolrConnection.of(null, cluster().getZkServer().getZkAddress(), COLLECTION, java.util.Map.of())
                .orElseThrow();
    }

    @Override
    public void close() throws Throwable {
        synchronized (TestCloud.class) {
            cluster.shutdown();
            cluster = null;
            org.apache.commons.io.file.PathUtils.deleteDirectory(base);
        }
    }
}
