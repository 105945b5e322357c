package org.resourcelibrary.solr.node;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A running local SolrCloud: an embedded ZooKeeper (its data in {@code DIR/zookeeper}) and N Solr nodes on
 * loopback (node i's home and cores in {@code DIR/node<i>}), each listening on the port of its {@link ClusterLayout}.
 * Made of the same pieces as Solr's own {@code MiniSolrCloudCluster}, but on fixed ports and kept directories, so
 * that a cluster stopped and started again on the same directory finds its collections and documents.
 */
final class LocalCloud implements AutoCloseable {

    /** Solr's web context, and the ZooKeeper chroot its state lives under, as in a default Solr install. */
    static final String CONTEXT = "/solr";
    static final String CHROOT = "/solr";
    /** How long the nodes may take to join ZooKeeper and to bring every replica back after a restart. */
    static final int READY_TIMEOUT_SECONDS = 180;
    private static final String SOLR_XML = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <solr>
              <solrcloud>
                <str name="host">127.0.0.1</str>
                <int name="hostPort">${hostPort}</int>
                <str name="hostContext">${hostContext:solr}</str>
                <int name="zkClientTimeout">${zkClientTimeout:30000}</int>
                <bool name="genericCoreNodeNames">true</bool>
              </solrcloud>
              <metrics enabled="false"/>
            </solr>
            """;

    private final Path dir;
    private final List<JettySolrRunner> nodes;
    private ZkTestServer zookeeper;
    private boolean zookeeperStopped;

    private LocalCloud(Path dir, ZkTestServer zookeeper, List<JettySolrRunner> nodes) {
        this.dir = dir;
        this.zookeeper = zookeeper;
        this.nodes = nodes;
    }

    /**
     * Starts ZooKeeper, then every node, and returns once every node is live and every replica of every
     * collection already in the cluster is active again.
     */
    static LocalCloud start(Path dir, ClusterLayout layout) throws Exception {
        ZkTestServer zookeeper = zookeeper(dir, layout.zookeeperPort());
        zookeeper.ensurePathExists(CHROOT);
        List<JettySolrRunner> nodes = new ArrayList<>();
        LocalCloud cloud = new LocalCloud(dir, zookeeper, nodes);
        try {
            for (int node = 0; node < layout.nodePorts().size(); node++) {
                nodes.add(node(dir.resolve("node" + (node + 1)), layout.nodePorts().get(node), cloud.zkAddress()));
            }
            cloud.inParallel(nodes, JettySolrRunner::start);
            cloud.awaitReady();
            return cloud;
        } catch (Exception | Error e) {
            cloud.close();
            throw e;
        }
    }

    /** Runs ZooKeeper on {@code port}, its data in {@code DIR/zookeeper}. */
    private static ZkTestServer zookeeper(Path dir, int port) throws Exception {
        ZkTestServer zookeeper = new ZkTestServer(dir.resolve("zookeeper"), port);
        // false: keep what ZooKeeper holds (Solr's cluster state) rather than format it as Solr's tests do.
        zookeeper.run(false);
        return zookeeper;
    }

    /** ZooKeeper's address as {@code --zk} takes it: {@code 127.0.0.1:PORT/solr}. */
    String zkAddress() {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + zookeeper.getPort() + CHROOT;
    }

    /** Each node's base URL ({@code http://127.0.0.1:PORT/solr}). */
    List<String> nodeUrls() {
        return nodes.stream().map(node -> node.getBaseUrl().toString()).toList();
    }

    private static JettySolrRunner node(Path home, int port, String zkAddress) throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve("solr.xml"), SOLR_XML, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.setProperty("zkHost", zkAddress);
        properties.setProperty("hostPort", Integer.toString(port));
        // Our own shutdown stops the nodes before ZooKeeper: Jetty's hook would race it.
        JettyConfig config = JettyConfig.builder().setPort(port).setContext(CONTEXT).stopAtShutdown(false).build();
        return new JettySolrRunner(home.toString(), properties, config);
    }

    /**
     * Stops node {@code node} (1 for the first) as a machine leaving the cluster would: its cores close and it leaves
     * ZooKeeper's live nodes, while ZooKeeper and the other nodes keep running.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    void stopNode(int node) throws Exception {
        JettySolrRunner runner = node(node);
        if (runner.isRunning()) {
            runner.stop();
        }
    }

    /**
     * Starts node {@code node} again on its port and directory, and returns once it is live and every replica of
     * every collection is active again (its own replicas have caught up with their leaders).
     *
     * @throws IllegalArgumentException when there is no such node
     */
    void startNode(int node) throws Exception {
        JettySolrRunner runner = node(node);
        if (!runner.isRunning()) {
            runner.start();
        }
        awaitReady();
    }

    /**
     * Stops ZooKeeper while every node keeps running, as a ZooKeeper machine lost to the network would: the nodes and
     * clients lose their sessions' server, and the nodes keep their cores open. Nothing when it is stopped already.
     */
    void stopZooKeeper() throws Exception {
        if (!zookeeperStopped) {
            zookeeper.shutdown();
            zookeeperStopped = true;
        }
    }

    /**
     * Starts ZooKeeper again on its port and data after {@link #stopZooKeeper}, and returns once every node is live
     * in it again and every replica active.
     */
    void startZooKeeper() throws Exception {
        if (zookeeperStopped) {
            zookeeper = zookeeper(dir, zookeeper.getPort());
            zookeeperStopped = false;
        }
        awaitReady();
    }

    private JettySolrRunner node(int node) {
        if (node < 1 || node > nodes.size()) {
            throw new IllegalArgumentException("there is no node " + node + ": the nodes are 1 to " + nodes.size());
        }
        return nodes.get(node - 1);
    }

    private void awaitReady() throws Exception {
        try (CloudSolrClient client = new CloudSolrClient.Builder(
                List.of(zookeeper.getZkHost()), Optional.of(CHROOT)).build()) {
            ZkStateReader state = ZkStateReader.from(client);
            state.waitForLiveNodes(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS, (before, live) -> live.size() >= nodes.size());
            ClusterState cluster = state.getClusterState();
            for (String collection : cluster.getCollectionNames()) {
                try {
                    state.waitForState(collection, READY_TIMEOUT_SECONDS, TimeUnit.SECONDS, (live, replicas) ->
                            replicas != null && replicas.getReplicas().stream().allMatch(r -> r.isActive(live)));
                } catch (TimeoutException e) {
                    throw new TimeoutException("the replicas of collection " + collection + " did not come back "
                            + "within " + READY_TIMEOUT_SECONDS + " s");
                }
            }
        }
    }

    /** Stops the nodes (each closes its cores and leaves ZooKeeper), then ZooKeeper. */
    @Override
    public void close() throws Exception {
        try {
            inParallel(nodes, JettySolrRunner::stop);
        } finally {
            stopZooKeeper();
        }
    }

    private interface NodeStep {
        void apply(JettySolrRunner node) throws Exception;
    }

    /** Nodes start and stop side by side: one at a time, each would wait out the others' leader elections. */
    private void inParallel(List<JettySolrRunner> targets, NodeStep step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, targets.size()));
        try {
            List<Future<Void>> steps = new ArrayList<>();
            for (JettySolrRunner node : targets) {
                steps.add(pool.submit(() -> {
                    step.apply(node);
                    return null;
                }));
            }
            for (Future<Void> done : steps) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
