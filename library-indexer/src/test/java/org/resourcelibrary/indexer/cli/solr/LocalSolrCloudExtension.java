package org.resourcelibrary.indexer.cli.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real local SolrCloud for one test class, in a child JVM (so that Solr's Jetty 10 stays out of the test's JVM,
 * which may carry Javalin's Jetty 12): ZooKeeper and {@code nodes} Solr 9.10 nodes on free loopback ports, their data
 * in a temporary directory deleted after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);
 * ... SolrConnection.of(null, SOLR.zkAddress(), "library", Map.of()) ...
 * }</pre>
 *
 * The cluster holds no collection: make one as the library does ({@code SolrCollections.init}, {@code solr init}).
 * {@link #stop()} and {@link #start()} between tests take it away and bring it back on the same address with the
 * same data; {@link #stopNode} and {@link #startNode} do the same to one node while the others serve. Starting takes a while (two nodes: tens of seconds on a loaded machine): share one per class.
 * Needs module {@code library-solr-node} built to at least {@code process-classes} (any reactor build of a module
 * depending on this test-jar does it).
 */
public final class LocalSolrCloudExtension implements BeforeAllCallback, AfterAllCallback {

    private final int nodes;
    private Path dir;
    private LocalSolrCloud cloud;

    public LocalSolrCloudExtension(int nodes) {
        this.nodes = nodes;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("local-solrcloud");
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** ZooKeeper's address for {@code --zk} ({@code 127.0.0.1:PORT/solr}). */
    public String zkAddress() {
        return running().zkAddress();
    }

    /** The nodes' base URLs for {@code --solr}. */
    public List<String> nodeUrls() {
        return running().nodeUrls();
    }

    /** Where the cluster keeps its data. */
    public Path dir() {
        return dir;
    }

    /** Stops the cluster as SIGTERM does (its data stays); nothing when it is stopped. */
    public void stop() {
        if (cloud != null) {
            cloud.close();
            cloud = null;
        }
    }

    /**
     * Stops node {@code node} (1 for the first, as in {@link #nodeUrls()}) while ZooKeeper and the other nodes keep
     * running.
     */
    public void stopNode(int node) throws IOException {
        running().stopNode(node);
    }

    /** Starts a node {@link #stopNode stopped} again; returns once every replica is active again. */
    public void startNode(int node) throws IOException {
        running().startNode(node);
    }

    /** Stops ZooKeeper alone: the nodes keep running without it. */
    public void stopZooKeeper() throws IOException {
        running().stopZooKeeper();
    }

    /** Starts ZooKeeper again after {@link #stopZooKeeper}; returns once every node and replica is back in it. */
    public void startZooKeeper() throws IOException {
        running().startZooKeeper();
    }

    /** Starts the cluster again on its directory: same ports, same collections and documents. */
    public void start() throws IOException {
        if (cloud == null) {
            cloud = LocalSolrCloud.start(new LocalSolrCloud.Settings(dir, nodes, 0));
        }
    }

    private LocalSolrCloud running() {
        if (cloud == null) {
            throw new IllegalStateException("the local SolrCloud is stopped: start() it first");
        }
        return cloud;
    }
}
