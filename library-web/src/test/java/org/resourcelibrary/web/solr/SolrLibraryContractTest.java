package org.resourcelibrary.web.solr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.web.DemoServer;
import org.resourcelibrary.web.LibraryServer;
import org.resourcelibrary.web.RunningApp;

/**
 * The {@link LibraryContract} of the sample library served by {@code serve --zk} from a real SolrCloud (two Solr
 * 9.10 nodes and ZooKeeper in a child JVM, one for the class; the collection 2 shards × 2 replicas), the library
 * imported once from the embedded one, with the same data directory for originals and thesaurus.
 */
class SolrLibraryContractTest extends LibraryContract {

    /** Seconds the web node and the command line wait for SolrCloud: generous, since the machine may be loaded. */
    private static final String SOLR_TIMEOUT = "30";

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    private static LibraryServer web;
    private static RunningApp client;

    @BeforeAll
    static void serveTheSampleLibraryFromSolrCloud() throws Exception {
        SampleLibraryOnSolrCloud.imported(SOLR);
        web = SampleLibraryOnSolrCloud.serve(SOLR, DemoServer.get().data(), DemoServer.TOKEN, SOLR_TIMEOUT);
        client = RunningApp.client(web.port());
    }

    @AfterAll
    static void stopServing() {
        if (web != null) {
            web.close();
        }
    }

    @Override
    RunningApp served() {
        return client;
    }

    @Override
    List<String> searchOptions() {
        return List.of("--data", demoData(), "--zk", SOLR.zkAddress(), "--collection", SampleLibraryOnSolrCloud.COLLECTION,
                "--solr-timeout", SOLR_TIMEOUT);
    }
}
