package org.resourcelibrary.web.solr;

import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.solr.imports.LibraryImport;
import org.resourcelibrary.web.DemoServer;
import org.resourcelibrary.web.LibraryServer;
import org.resourcelibrary.web.ServeCommand;
import picocli.CommandLine;

/**
 * The sample library ({@link DemoServer}'s) in collection {@value #COLLECTION} of a test class's local SolrCloud
 * (2 shards × 2 replicas, imported as {@code solr import} does), and web nodes serving it as
 * {@code serve --zk} starts them: what the tests of a SolrCloud under a web node share.
 */
final class SampleLibraryOnSolrCloud {

    static final String COLLECTION = "library";
    private static final int SHARDS = 2;
    private static final int REPLICAS = 2;

    private SampleLibraryOnSolrCloud() {
    }

    /** Makes the collection on {@code solr} and imports the sample library into it; returns the connection. */
    static SolrConnection imported(LocalSolrCloudExtension solr) throws Exception {
        DemoServer embedded = DemoServer.get();
        SolrConnection cloud = SolrConnection.of(null, solr.zkAddress(), COLLECTION, Map.of()).orElseThrow()
                .waitingAtLeast(SolrCollections.INIT_TIMEOUT);
        try (CloudSolrClient client = cloud.connect()) {
            new SolrCollections(client).init(COLLECTION, Configset.generate(Ranking.DEFAULT), SHARDS, REPLICAS);
        }
        try (LuceneLibrary from = LuceneLibrary.openReadOnly(new DataDirectory(embedded.data()).index(),
                Vocabulary.standard()); SolrLibrary to = cloud.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            new LibraryImport(from, to).run();
        }
        return cloud;
    }

    /**
     * A web node as {@code serve --port 0 --data DATA --zk ADDRESS --collection library} starts it, with librarian
     * token {@code token} and {@code LIBRARY_SOLR_TIMEOUT} {@code timeoutSeconds}.
     */
    static LibraryServer serve(LocalSolrCloudExtension solr, Path data, String token, String timeoutSeconds)
            throws Exception {
        ServeCommand command = new ServeCommand(Map.of(ServeCommand.TOKENS_VARIABLE, token,
                SolrConnection.TIMEOUT_ENV, timeoutSeconds));
        new CommandLine(command).parseArgs("--port", "0", "--data", data.toString(), "--zk", solr.zkAddress(),
                "--collection", COLLECTION);
        return command.start();
    }
}
