package org.resourcelibrary.solr.node;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where a local cluster's pieces listen, kept in {@code DIR/cluster.properties} from its first start: SolrCloud
 * names each node by its host and port in ZooKeeper, so a restart must bring every node back on the port its
 * replicas were registered under.
 *
 * @param zookeeperPort ZooKeeper's client port
 * @param nodePorts     each Solr node's HTTP port, node 1 first
 */
record ClusterLayout(int zookeeperPort, List<Integer> nodePorts) {

    static final String FILE = "cluster.properties";
    /** As {@code bin/solr -c}: ZooKeeper embedded beside the first node listens 1000 ports above it. */
    static final int ZOOKEEPER_PORT_OFFSET = 1000;

    ClusterLayout {
        nodePorts = List.copyOf(nodePorts);
    }

    /**
     * The layout of the cluster in {@code dir}: the recorded one, or a new one of {@code nodes} nodes from
     * {@code port} up (ZooKeeper at {@code port} + 1000); {@code port} 0 takes free ports.
     *
     * @throws IllegalArgumentException when {@code dir} holds a cluster of another number of nodes
     */
    static ClusterLayout of(Path dir, int nodes, int port) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            ClusterLayout recorded = read(file);
            if (recorded.nodePorts.size() != nodes) {
                throw new IllegalArgumentException(dir + " holds a cluster of " + recorded.nodePorts.size()
                        + " nodes, not " + nodes + ": start it with --nodes " + recorded.nodePorts.size()
                        + ", or give another --dir");
            }
            return recorded;
        }
        List<Integer> ports = new ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            ports.add(port == 0 ? freePort(ports) : port + node);
        }
        return new ClusterLayout(port == 0 ? freePort(ports) : port + ZOOKEEPER_PORT_OFFSET, ports);
    }

    void write(Path dir) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("zookeeper.port", Integer.toString(zookeeperPort));
        for (int node = 0; node < nodePorts.size(); node++) {
            properties.setProperty("node." + (node + 1) + ".port", Integer.toString(nodePorts.get(node)));
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE))) {
            properties.store(out, "library solr start: the ports this cluster's nodes are registered under");
        }
    }

    private static ClusterLayout read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        List<Integer> ports = new ArrayList<>();
        for (int node = 1; properties.containsKey("node." + node + ".port"); node++) {
            ports.add(Integer.parseInt(properties.getProperty("node." + node + ".port")));
        }
        String zookeeper = properties.getProperty("zookeeper.port");
        if (zookeeper == null || ports.isEmpty()) {
            throw new IllegalArgumentException(file + " is not a cluster layout: it names no ZooKeeper or no node");
        }
        return new ClusterLayout(Integer.parseInt(zookeeper), ports);
    }

    /** A port free now and not among {@code taken} (the system may hand out a just-closed port again). */
    private static int freePort(List<Integer> taken) throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (!taken.contains(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}
