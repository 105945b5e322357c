package org.resourcelibrary.indexer.cli.solr;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.BackendOptions;
import org.resourcelibrary.indexer.cli.CommonOptions;
import org.resourcelibrary.indexer.cli.UsageException;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.imports.ImportReport;
import org.resourcelibrary.solr.imports.LibraryImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library solr import --data DIR --zk …}: moves an embedded library into a SolrCloud collection made by
 * {@code library solr init}; with {@code --from-collection OLD}, copies the library of another collection of the
 * same cluster instead (the upgrade to a new configset). Reads the source without locking it, so a running
 * {@code serve} may keep serving it meanwhile; run it again after the last write to carry over what changed since.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Moves the embedded library of --data into a SolrCloud collection made by 'library solr "
                + "init': every document with its metadata, provenance and librarians' edits, its "
                + "text and the time it last changed, and every deleted document's tombstone with the time of its "
                + "deletion (so that harvesters see deletions after the move). Originals and texts stay in the data "
                + "directory's blob store, which every web node on the cluster is then pointed at with --data.",
                "With --from-collection OLD, copies the library of collection OLD of the same cluster instead: how a "
                        + "library moves to a collection made with a new version of the configset.",
                "Resumable: what the collection already has exactly so is skipped, so running it again "
                        + "after a stop, or after more ingests and deletions, writes only what is missing or "
                        + "different."})
public final class SolrImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private BackendOptions backend;

    @Option(names = "--from-collection", paramLabel = "NAME",
            description = "Copy from this collection of the same cluster instead of the embedded library of --data.")
    private String fromCollection;

    @Override
    public Integer call() throws Exception {
        SolrConnection connection = backend.solrCloud().orElseThrow(() -> new UsageException(
                "say which SolrCloud to import into: --zk HOST:PORT[/chroot] or --solr URL (or "
                        + SolrConnection.ZK_ENV + ", " + SolrConnection.SOLR_ENV + ")"))
                .waitingAtLeast(LibraryImport.WAIT_AT_LEAST);
        try (Library from = source(connection);
             SolrLibrary to = connection.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            ImportReport report = new LibraryImport(from, to).run();
            PrintWriter out = spec.commandLine().getOut();
            for (ImportReport.Failure failure : report.failed()) {
                out.println("failed " + failure.id() + ": " + failure.reason());
            }
            out.printf(Locale.ROOT, "%d documents in %s: %d imported, %d updated, %d already there, %d failed; "
                            + "%d deletions, %d carried over now; into collection %s (%.1f s)%n", report.documents(),
                    fromCollection == null ? common.data().root() : "collection " + fromCollection,
                    report.imported(), report.updated(), report.unchanged(), report.failed().size(),
                    report.deletions(), report.deletionsCopied(), connection.collection(),
                    report.elapsedMs() / 1000.0);
            out.flush();
        }
        return 0;
    }

    /** The library imported from: the other collection, or the embedded index of --data. */
    private Library source(SolrConnection connection) throws IOException {
        if (fromCollection == null) {
            DataDirectory data = common.data();
            return LuceneLibrary.openReadOnly(data.index(), Vocabulary.standard());
        }
        if (fromCollection.strip().equals(connection.collection())) {
            throw new UsageException("--from-collection names the collection imported into (" + fromCollection
                    + "): name the collection to copy from, and --collection the one to copy into");
        }
        return connection.inCollection(fromCollection.strip()).openToCopyFrom(Vocabulary.standard());
    }
}
