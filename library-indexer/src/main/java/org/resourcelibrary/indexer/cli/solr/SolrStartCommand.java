package org.resourcelibrary.indexer.cli.solr;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code library solr start --nodes N --dir DIR}: a local SolrCloud for development and tests, in the foreground
 * until Ctrl-C or SIGTERM. Its own output (the nodes' URLs, then the ready line with the {@code --zk} address) and
 * its warnings pass straight through.
 */
@Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts a local SolrCloud for development and tests: an embedded ZooKeeper and real Solr 9.10 "
                + "nodes on this machine, their data under --dir (kept when stopped: start it again on the same "
                + "directory to find it). Prints the --zk address to give the other commands once the cluster is "
                + "ready; stops on Ctrl-C or SIGTERM.",
                "Development only: one ZooKeeper, no security, every node on one machine."})
public final class SolrStartCommand implements Callable<Integer> {

    /** The first node's port when none is given, Solr's own; ZooKeeper listens 1000 above it, as with bin/solr. */
    static final int DEFAULT_PORT = 8983;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "2",
            description = "How many Solr nodes. Default: ${DEFAULT-VALUE}")
    private int nodes;

    @Option(names = "--dir", paramLabel = "DIR", required = true,
            description = "Where the nodes and ZooKeeper keep their data.")
    private Path dir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "The first node's port; the others follow it, ZooKeeper listens at PORT+1000. 0 takes free "
                    + "ports. A directory started before keeps its ports. Default: ${DEFAULT-VALUE}")
    private int port;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        LocalSolrCloud.Settings settings = new LocalSolrCloud.Settings(dir, nodes, port);
        Process cloud = new ProcessBuilder(LocalSolrCloud.command(settings, false)).inheritIO().start();
        // Ctrl-C reaches the child through the terminal; SIGTERM to this process only reaches it through here.
        Thread forward = new Thread(() -> LocalSolrCloud.stop(cloud), "solr-stop");
        Runtime.getRuntime().addShutdownHook(forward);
        return cloud.waitFor();
    }
}
