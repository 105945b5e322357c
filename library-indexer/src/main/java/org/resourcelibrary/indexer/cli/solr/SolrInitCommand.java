package org.resourcelibrary.indexer.cli.solr;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.indexer.cli.BackendOptions;
import org.resourcelibrary.indexer.cli.UsageException;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.configset.Configset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library solr init --shards N --replicas M}: uploads the configset generated from the library's schema and
 * creates the collection with it. Running it again changes nothing; a collection made by another version of the
 * library's schema is refused, with how to upgrade.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Makes the library's collection on SolrCloud (--solr or --zk): uploads the configset generated "
                + "from the library's schema and creates the collection with it. Nothing changes when it is there "
                + "already; one made by another version of the schema is refused, with how to upgrade."})
public final class SolrInitCommand implements Callable<Integer> {

    /** Shards and replicas when not given: the smallest cluster that survives the loss of a node. */
    static final int DEFAULT_SHARDS = 2;
    static final int DEFAULT_REPLICAS = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private BackendOptions backend;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "" + DEFAULT_SHARDS,
            description = "How many parts the documents are split into. Default: ${DEFAULT-VALUE}")
    private int shards;

    @Option(names = "--replicas", paramLabel = "M", defaultValue = "" + DEFAULT_REPLICAS,
            description = "Copies of each part, each on another node (2 survives the loss of a node). "
                    + "Default: ${DEFAULT-VALUE}")
    private int replicas;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (shards < 1 || replicas < 1) {
            throw new UsageException("--shards and --replicas must be 1 or more, got " + shards + " and " + replicas);
        }
        SolrConnection cloud = backend.solrCloud().orElseThrow(() -> new UsageException(
                "say which SolrCloud: --zk HOST:PORT[/chroot] or --solr URL (or " + SolrConnection.ZK_ENV + ", "
                        + SolrConnection.SOLR_ENV + ")")).waitingAtLeast(SolrCollections.INIT_TIMEOUT);
        Configset configset = Configset.generate(Ranking.DEFAULT);
        SolrCollections.Outcome outcome;
        try (CloudSolrClient client = cloud.connect()) {
            outcome = new SolrCollections(client).init(cloud.collection(), configset, shards, replicas);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(switch (outcome) {
            case CREATED -> "created collection " + cloud.collection() + " (" + shards + " shards × " + replicas
                    + " replicas) with configset " + configset.name() + " on " + cloud.address();
            case ALREADY_THERE -> "collection " + cloud.collection() + " is there already with configset "
                    + configset.name() + " on " + cloud.address() + ": nothing to do";
        });
        out.flush();
        return 0;
    }
}
