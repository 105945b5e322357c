package org.resourcelibrary.solr.transport;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * SolrJ's {@link CloudSolrClient} (routing by shard, leaders for updates, retries on stale cluster state) sending
 * its requests through {@link JdkNodeClients}: the same client SolrJ's own builder makes, minus Jetty.
 */
public final class JdkCloudSolrClient extends CloudSolrClient {

    /** Updates go to shard leaders, as SolrJ's builder does by default. */
    private static final boolean UPDATES_TO_LEADERS = true;
    /** Updates split by shard are sent to the shards at once, as SolrJ's builder does by default. */
    private static final boolean PARALLEL_UPDATES = true;
    /** Updates sent to one replica may reach any replica of the shard (it forwards to the leader). */
    private static final boolean DIRECT_UPDATES_TO_LEADERS_ONLY = false;
    /**
     * How many times a search whose node went away is asked again: a node shutting down can drop the answer of the
     * retry too (its open connection closes mid-answer before the balancer sets it aside), the next one finds it gone.
     */
    static final int SEARCH_RETRIES = 3;

    private final ClusterStateProvider state;
    private final JdkNodeClients nodes;
    private final JdkLbSolrClient balancer;

    private JdkCloudSolrClient(ClusterStateProvider state, JdkNodeClients nodes, String collection) {
        super(UPDATES_TO_LEADERS, PARALLEL_UPDATES, DIRECT_UPDATES_TO_LEADERS_ONLY);
        this.state = state;
        this.nodes = nodes;
        this.balancer = new JdkLbSolrClient(nodes);
        this.defaultCollection = collection;
    }

    /**
     * A client that reads the cluster's state from ZooKeeper.
     *
     * @param timeout how long to wait for ZooKeeper when connecting, and for a node's answer
     */
    public static JdkCloudSolrClient viaZooKeeper(Collection<String> zkHosts, Optional<String> chroot,
                                                  String collection, Duration timeout) {
        ZkClientClusterStateProvider state = new ZkClientClusterStateProvider(zkHosts, chroot.orElse(null));
        state.setZkConnectTimeout(Math.toIntExact(timeout.toMillis()));
        // ZooKeeper operations are retried until the session timeout: bounded by the same setting, a lost ZooKeeper
        // fails a request within it rather than SolrJ's default.
        state.setZkClientTimeout(Math.toIntExact(timeout.toMillis()));
        return new JdkCloudSolrClient(state, new JdkNodeClients(timeout), collection);
    }

    /**
     * A client that learns the cluster's state from some of its nodes over HTTP.
     *
     * @param timeout how long to wait for a node's answer
     */
    public static JdkCloudSolrClient viaSolrUrls(List<String> solrUrls, String collection, Duration timeout) {
        JdkNodeClients nodes = new JdkNodeClients(timeout);
        try {
            return new JdkCloudSolrClient(new JdkClusterStateProvider(solrUrls, nodes), nodes, collection);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    /**
     * Sends a request; a search whose node went away while answering (its connection closed or refused) is asked
     * again, up to {@link #SEARCH_RETRIES} times. SolrJ's balancer would ask another replica itself, but not once the search's {@code timeAllowed} has
     * passed, which a node going away under load easily makes it: asked again, the balancer has set that node aside
     * and a live replica answers. Updates are not sent twice: a lost answer does not say whether it was written.
     */
    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException,
            IOException {
        for (int retry = 0; ; retry++) {
            try {
                return super.request(request, collection);
            } catch (SolrServerException | IOException | SolrException e) {
                if (!(request instanceof QueryRequest) || !nodeWentAway(e) || retry == SEARCH_RETRIES) {
                    throw e;
                }
            }
        }
    }

    /** Whether the connection failed under the request (wrapped by SolrJ or not), not a node's own answer. */
    private static boolean nodeWentAway(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof IOException && !(cause instanceof HttpTimeoutException);
    }

    @Override
    protected LBSolrClient getLbClient() {
        return balancer;
    }

    @Override
    public ClusterStateProvider getClusterStateProvider() {
        return state;
    }

    @Override
    public void close() throws IOException {
        try (nodes; balancer; state) {
            super.close();
        }
    }
}
