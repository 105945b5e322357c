package org.resourcelibrary.indexer.cli.solr;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.resourcelibrary.core.index.LuceneLibrary;
import org.resourcelibrary.core.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.CommonOptions;
import org.resourcelibrary.indexer.cli.UsageException;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.solr.imports.ImportReport;
import org.resourcelibrary.solr.imports.LibraryImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library solr import --data DIR --zk …}: moves an embedded library into a SolrCloud collection, making the
 * collection first (as {@code library solr init} does) when it does not exist. Reads the embedded index without locking it, so a running {@code serve} may keep
 * serving it meanwhile; run it again after the last ingest to carry over what changed since.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Moves the embedded library of --data into a SolrCloud collection, made with the library's "
                + "configset when it does not exist (a collection made with another configset is refused): every "
                + "document with its metadata, provenance and librarians' edits, its "
                + "text and the time it last changed. Originals and texts stay in the data directory's blob store, "
                + "which every web node on the cluster is then pointed at with --data.",
                "Resumable: documents the collection already has exactly so are skipped, so running it again "
                        + "after a stop, or after more ingests, writes only what is missing or different. Deleted "
                        + "documents are not carried over."})
public final class SolrImportCommand implements Callable<Integer> {

    /** The collection's shape when the import makes it: two nodes each hold a copy of every document. */
    static final int DEFAULT_SHARDS = 2;
    static final int DEFAULT_REPLICAS = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--solr", paramLabel = "URL[,URL…]", description = "SolrCloud nodes' URLs (or LIBRARY_SOLR).")
    private String solr;

    @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper's address (or LIBRARY_ZK).")
    private String zk;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection (or LIBRARY_COLLECTION). "
            + "Default: " + SolrConnection.DEFAULT_COLLECTION)
    private String collection;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "" + DEFAULT_SHARDS,
            description = "Shards of the collection, when the import makes it. Default: ${DEFAULT-VALUE}")
    private int shards;

    @Option(names = "--replicas", paramLabel = "M", defaultValue = "" + DEFAULT_REPLICAS,
            description = "Replicas of each shard, when the import makes the collection: at least 2 for a library "
                    + "that survives the loss of a node. Default: ${DEFAULT-VALUE}")
    private int replicas;

    @Override
    public Integer call() throws Exception {
        SolrConnection connection = connection();
        DataDirectory data = common.data();
        PrintWriter out = spec.commandLine().getOut();
        try (CloudSolrClient client = connection.client()) {
            SolrCollections.Outcome made = new SolrCollections(client).init(connection.collection(),
                    Configset.generate(Ranking.DEFAULT), shards, replicas);
            if (made == SolrCollections.Outcome.CREATED) {
                out.printf(Locale.ROOT, "created collection %s: %d shards of %d replicas%n", connection.collection(),
                        shards, replicas);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(e.getMessage(), e);
        }
        try (LuceneLibrary from = LuceneLibrary.openReadOnly(data.index(), Vocabulary.standard());
             SolrLibrary to = connection.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            ImportReport report = new LibraryImport(from, to).run(id -> { });
            for (ImportReport.Failure failure : report.failed()) {
                out.println("failed " + failure.id() + ": " + failure.reason());
            }
            out.printf(Locale.ROOT, "%d documents in %s: %d imported, %d updated, %d already there, %d failed "
                            + "into collection %s (%.1f s)%n", report.documents(), data.root(), report.imported(),
                    report.updated(), report.unchanged(), report.failed().size(), connection.collection(),
                    report.elapsedMs() / 1000.0);
            out.flush();
        }
        return 0;
    }

    private SolrConnection connection() {
        try {
            return SolrConnection.of(solr, zk, collection, System.getenv()).orElseThrow(() ->
                    new UsageException("say where SolrCloud is: --zk HOST:PORT[/chroot] or --solr URL (or "
                            + SolrConnection.ZK_ENV + ", " + SolrConnection.SOLR_ENV + ")"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
