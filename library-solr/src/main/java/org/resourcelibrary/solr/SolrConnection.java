package org.resourcelibrary.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.transport.JdkCloudSolrClient;

/**
 * Where the SolrCloud collection is: Solr nodes' URLs ({@code --solr URL[,URL…]}, {@code LIBRARY_SOLR}) or
 * ZooKeeper's address ({@code --zk HOST:PORT[,HOST:PORT…][/chroot]}, {@code LIBRARY_ZK}), and the collection's name
 * ({@code --collection}, {@code LIBRARY_COLLECTION}). Absent both addresses, the library is the embedded index.
 * How long to wait for SolrCloud's answer before calling it unavailable: {@code --solr-timeout SECONDS},
 * {@code LIBRARY_SOLR_TIMEOUT}.
 *
 * @param solrUrls   base URLs of some Solr nodes ({@code http://host:8983/solr}); the client learns the others
 * @param zkHosts    ZooKeeper's servers, when given instead of Solr's URLs
 * @param zkChroot   the chroot under which Solr keeps its state in ZooKeeper ({@code /solr}), or null
 * @param collection the collection's name
 * @param timeout    how long to wait to connect to ZooKeeper or a node, and for a node's whole answer
 */
public record SolrConnection(List<String> solrUrls, List<String> zkHosts, String zkChroot, String collection,
                             Duration timeout) {

    public static final String SOLR_ENV = "LIBRARY_SOLR";
    public static final String ZK_ENV = "LIBRARY_ZK";
    public static final String COLLECTION_ENV = "LIBRARY_COLLECTION";
    public static final String TIMEOUT_ENV = "LIBRARY_SOLR_TIMEOUT";
    /** The collection's name when none is given. */
    public static final String DEFAULT_COLLECTION = "library";
    /**
     * How long to wait for ZooKeeper or a Solr node, unless set: past it a search fails (503) rather than keeps a
     * member waiting, and a write fails rather than blocks an ingest.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public SolrConnection {
        solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
        zkHosts = zkHosts == null ? List.of() : List.copyOf(zkHosts);
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Solr timeout must be positive, not " + timeout.toSeconds() + " s");
        }
        if (solrUrls.isEmpty() == zkHosts.isEmpty()) {
            throw new IllegalArgumentException("give SolrCloud's address either as Solr URLs (--solr) or as "
                    + "ZooKeeper's (--zk), not both and not neither");
        }
    }

    /** A connection waiting {@link #DEFAULT_TIMEOUT} for SolrCloud. */
    public SolrConnection(List<String> solrUrls, List<String> zkHosts, String zkChroot, String collection) {
        this(solrUrls, zkHosts, zkChroot, collection, DEFAULT_TIMEOUT);
    }

    /** As {@link #of(String, String, String, Integer, Map)}, waiting the environment's or the default timeout. */
    public static Optional<SolrConnection> of(String solr, String zk, String collection, Map<String, String> env) {
        return of(solr, zk, collection, null, env);
    }

    /**
     * The connection the options and environment name, the options first; empty when neither names SolrCloud (the
     * library is then the embedded index).
     *
     * @param timeoutSeconds the {@code --solr-timeout} option, or null
     */
    public static Optional<SolrConnection> of(String solr, String zk, String collection, Integer timeoutSeconds,
                                              Map<String, String> env) {
        String urls = firstSet(solr, env.get(SOLR_ENV));
        String zookeeper = firstSet(zk, env.get(ZK_ENV));
        String name = firstSet(collection, env.get(COLLECTION_ENV));
        Duration timeout = timeout(timeoutSeconds, env.get(TIMEOUT_ENV));
        if (urls == null && zookeeper == null) {
            return Optional.empty();
        }
        if (urls != null && zookeeper != null) {
            throw new IllegalArgumentException("give SolrCloud's address either with --solr (" + SOLR_ENV
                    + ") or with --zk (" + ZK_ENV + "), not both");
        }
        if (urls != null) {
            return Optional.of(new SolrConnection(split(urls), null, null, name, timeout));
        }
        int slash = zookeeper.indexOf('/');
        String hosts = slash < 0 ? zookeeper : zookeeper.substring(0, slash);
        String chroot = slash < 0 ? null : zookeeper.substring(slash);
        return Optional.of(new SolrConnection(null, split(hosts), chroot, name, timeout));
    }

    /** The same cluster and collection, waiting {@code atLeast} for answers unless this waits longer already. */
    public SolrConnection waitingAtLeast(Duration atLeast) {
        return new SolrConnection(solrUrls, zkHosts, zkChroot, collection,
                timeout.compareTo(atLeast) >= 0 ? timeout : atLeast);
    }

    /** The same cluster, another collection of it. */
    public SolrConnection inCollection(String name) {
        return new SolrConnection(solrUrls, zkHosts, zkChroot, name, timeout);
    }

    /** Where the cluster is, as the settings name it, for messages: {@code zk1:2181/solr} or the Solr URLs. */
    public String address() {
        return zkHosts.isEmpty() ? String.join(",", solrUrls)
                : String.join(",", zkHosts) + (zkChroot == null ? "" : zkChroot);
    }

    /**
     * A cloud client to the cluster (the caller closes it), over the JDK's HTTP client so that no Jetty is needed
     * beside the web service's own.
     */
    public CloudSolrClient client() {
        return zkHosts.isEmpty() ? JdkCloudSolrClient.viaSolrUrls(solrUrls, collection, timeout)
                : JdkCloudSolrClient.viaZooKeeper(zkHosts, Optional.ofNullable(zkChroot), collection, timeout);
    }

    /**
     * The library on this collection, once the cluster has answered and holds it.
     *
     * @throws SolrUnavailableException when neither ZooKeeper nor a node answers within the timeout
     * @throws IllegalStateException    when the cluster has no such collection ({@code library solr init} makes it)
     */
    public SolrLibrary open(Vocabulary vocabulary,
                            Ranking ranking) {
        return open(vocabulary, ranking, SearchRequest.TIME_BUDGET);
    }

    /**
     * As {@link #open(Vocabulary, Ranking)}, each search given {@code timeBudget} (Solr's {@code timeAllowed})
     * instead of {@link SearchRequest#TIME_BUDGET}.
     */
    public SolrLibrary open(Vocabulary vocabulary, Ranking ranking, Duration timeBudget) {
        return open(vocabulary, ranking, timeBudget, true);
    }

    /**
     * The library of a collection to copy from ({@code library solr import --from-collection}), which may be one made
     * before works were grouped: read as it stands, never searched or written by work.
     */
    public SolrLibrary openToCopyFrom(Vocabulary vocabulary) {
        return open(vocabulary, Ranking.DEFAULT, SearchRequest.TIME_BUDGET, false);
    }

    private SolrLibrary open(Vocabulary vocabulary, Ranking ranking, Duration timeBudget, boolean byWork) {
        CloudSolrClient client = connect();
        try {
            DocCollection state = client.getClusterState().getCollectionOrNull(collection);
            if (state == null) {
                throw new IllegalStateException("SolrCloud at " + address() + " has no collection '" + collection
                        + "': make it with 'library solr init'");
            }
            if (byWork && !SolrCollections.routedByWork(state)) {
                // Searched and written by work, it would answer 400s (no work field) and scatter editions.
                throw new IllegalStateException("collection '" + collection + "' at " + address() + " was made "
                        + "before editions of one work were grouped: it is routed by " + SolrCollections.routing(state)
                        + ", not by work. " + SolrCollections.UPGRADE);
            }
        } catch (RuntimeException e) {
            closeQuietly(client, e);
            throw e;
        }
        return new SolrLibrary(client, collection, vocabulary, ranking, timeBudget);
    }

    /**
     * A client that has reached the cluster (the caller closes it).
     *
     * @throws SolrUnavailableException when neither ZooKeeper nor a node answers within the timeout
     */
    public CloudSolrClient connect() {
        CloudSolrClient client;
        try {
            client = client();
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        try {
            client.connect(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return client;
        } catch (TimeoutException | RuntimeException e) {
            closeQuietly(client, e);
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client, e);
            throw unreachable(e);
        }
    }

    private SolrUnavailableException unreachable(Exception e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new SolrUnavailableException("SolrCloud at " + address() + " cannot be reached within "
                + timeout.toSeconds() + " s: " + reason, e);
    }

    private static void closeQuietly(CloudSolrClient client, Exception failure) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static String firstSet(String option, String env) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return env != null && !env.isBlank() ? env.strip() : null;
    }

    private static Duration timeout(Integer option, String env) {
        if (option != null) {
            return Duration.ofSeconds(option);
        }
        if (env == null || env.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(env.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TIMEOUT_ENV + " must be a number of seconds, not '" + env + "'");
        }
    }

    private static List<String> split(String list) {
        List<String> parts = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no address in '" + list + "'");
        }
        return parts;
    }
}
