package org.resourcelibrary.indexer.cli.solr;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Spec;

/**
 * {@code library solr import --data DIR --zk …}: moves an embedded library into a SolrCloud collection made by
 * {@code library solr init}. Reads the embedded index without locking it, so a running {@code serve} may keep
 * serving it meanwhile; run it again after the last ingest to carry over what changed since.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Moves the embedded library of --data into a SolrCloud collection made by 'library solr "
                + "init': every document with its metadata, provenance and librarians' edits, its "
                + "text and the time it last changed. Originals and texts stay in the data directory's blob store, "
                + "which every web node on the cluster is then pointed at with --data.",
                "Resumable: documents the collection already has exactly so are skipped, so running it again "
                        + "after a stop, or after more ingests, writes only what is missing or different. Deleted "
                        + "documents are not carried over."})
public final class SolrImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private BackendOptions backend;

    @Override
    public Integer call() throws Exception {
        SolrConnection connection = backend.solrCloud().orElseThrow(() -> new UsageException(
                "say which SolrCloud to import into: --zk HOST:PORT[/chroot] or --solr URL (or "
                        + SolrConnection.ZK_ENV + ", " + SolrConnection.SOLR_ENV + ")"));
        DataDirectory data = common.data();
        PrintWriter out = spec.commandLine().getOut();
        try (LuceneLibrary from = LuceneLibrary.openReadOnly(data.index(), Vocabulary.standard());
             SolrLibrary to = connection.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            ImportReport report = new LibraryImport(from, to).run();
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
}
