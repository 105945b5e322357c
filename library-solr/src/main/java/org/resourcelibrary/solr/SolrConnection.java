package org.resourcelibrary.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where the SolrCloud collection is: Solr nodes' URLs ({@code --solr URL[,URL…]}, {@code LIBRARY_SOLR}) or
 * ZooKeeper's address ({@code --zk HOST:PORT[,HOST:PORT…][/chroot]}, {@code LIBRARY_ZK}), and the collection's name
 * ({@code --collection}, {@code LIBRARY_COLLECTION}). Absent both addresses, the library is the embedded index.
 *
 * @param solrUrls   base URLs of some Solr nodes ({@code http://host:8983/solr}); the client learns the others
 * @param zkHosts    ZooKeeper's servers, when given instead of Solr's URLs
 * @param zkChroot   the chroot under which Solr keeps its state in ZooKeeper ({@code /solr}), or null
 * @param collection the collection's name
 */
public record SolrConnection(List<String> solrUrls, List<String> zkHosts, String zkChroot, String collection) {

    public static final String SOLR_ENV = "LIBRARY_SOLR";
    public static final String ZK_ENV = "LIBRARY_ZK";
    public static final String COLLECTION_ENV = "LIBRARY_COLLECTION";
    /** The collection's name when none is given. */
    public static final String DEFAULT_COLLECTION = "library";
    /** How long to wait for ZooKeeper or a Solr node when connecting: past it, the library is unavailable. */
    public static final int CONNECT_TIMEOUT_SECONDS = 15;

    public SolrConnection {
        solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
        zkHosts = zkHosts == null ? List.of() : List.copyOf(zkHosts);
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
        if (solrUrls.isEmpty() == zkHosts.isEmpty()) {
            throw new IllegalArgumentException("give SolrCloud's address either as Solr URLs (--solr) or as "
                    + "ZooKeeper's (--zk), not both and not neither");
        }
    }

    /**
     * The connection the options and environment name, the options first; empty when neither names SolrCloud (the
     * library is then the embedded index).
     */
    public static Optional<SolrConnection> of(String solr, String zk, String collection, Map<String, String> env) {
        String urls = firstSet(solr, env.get(SOLR_ENV));
        String zookeeper = firstSet(zk, env.get(ZK_ENV));
        String name = firstSet(collection, env.get(COLLECTION_ENV));
        if (urls == null && zookeeper == null) {
            return Optional.empty();
        }
        if (urls != null && zookeeper != null) {
            throw new IllegalArgumentException("give SolrCloud's address either with --solr (" + SOLR_ENV
                    + ") or with --zk (" + ZK_ENV + "), not both");
        }
        if (urls != null) {
            return Optional.of(new SolrConnection(split(urls), null, null, name));
        }
        int slash = zookeeper.indexOf('/');
        String hosts = slash < 0 ? zookeeper : zookeeper.substring(0, slash);
        String chroot = slash < 0 ? null : zookeeper.substring(slash);
        return Optional.of(new SolrConnection(null, split(hosts), chroot, name));
    }

    /** A cloud client to the cluster (the caller closes it). */
    public CloudSolrClient client() {
        CloudHttp2SolrClient.Builder builder = zkHosts.isEmpty() ? new CloudSolrClient.Builder(solrUrls)
                : new CloudSolrClient.Builder(zkHosts, Optional.ofNullable(zkChroot))
                        .withZkConnectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return builder.withDefaultCollection(collection).build();
    }

    /** The library on this collection. */
    public SolrLibrary open(org.resourcelibrary.core.vocabulary.Vocabulary vocabulary,
                            org.resourcelibrary.core.query.Ranking ranking) {
        return new SolrLibrary(client(), collection, vocabulary, ranking);
    }

    private static String firstSet(String option, String env) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return env != null && !env.isBlank() ? env.strip() : null;
    }

    private static List<String> split(String list) {
        List<String> parts = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no address in '" + list + "'");
        }
        return parts;
    }
}
