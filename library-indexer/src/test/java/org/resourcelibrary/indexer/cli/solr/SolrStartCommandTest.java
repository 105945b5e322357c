package org.resourcelibrary.indexer.cli.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.indexer.cli.LibraryCommand;
import picocli.CommandLine;

/**
 * {@code library solr start}: real Solr nodes and ZooKeeper in a child JVM, ready when the {@code --zk} line is
 * printed, stopped by SIGTERM with their data kept for the next start on the same directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrStartCommandTest {

    private static final String COLLECTION = "kept";

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    @Test
    @Order(1)
    void printsZooKeepersAddressOnceEveryNodeIsLive() throws Exception {
        assertThat(SOLR.zkAddress()).matches("127\\.0\\.0\\.1:\\d+/solr");
        assertThat(SOLR.nodeUrls()).hasSize(2).allMatch(url -> url.matches("http://127\\.0\\.0\\.1:\\d+/solr"));

        assertThat(new SolrHttp(SOLR.nodeUrls().get(0)).liveNodes()).hasSize(2);
    }

    @Test
    @Order(2)
    void keepsCollectionsAndDocumentsAcrossAStopBySigtermAndAStart() throws Exception {
        SolrHttp solr = new SolrHttp(SOLR.nodeUrls().get(0));
        solr.createCollection(COLLECTION, 2, 2);
        solr.add(COLLECTION, List.of("a", "b", "c"));
        String address = SOLR.zkAddress();

        SOLR.stop();
        SOLR.start();

        assertThat(SOLR.zkAddress()).isEqualTo(address);
        assertThat(new SolrHttp(SOLR.nodeUrls().get(1)).count(COLLECTION)).isEqualTo(3);
    }

    @Test
    @Order(3)
    void refusesToStartADirectoryWithAnotherNumberOfNodes() {
        assertThatThrownBy(() -> LocalSolrCloud.start(new LocalSolrCloud.Settings(SOLR.dir(), 3, 0)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("holds a cluster of 2 nodes, not 3");
    }

    @Test
    void refusesNoNodesAsBadUsage(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine library = LibraryCommand.commandLine().setErr(new PrintWriter(err));

        int exit = library.execute("solr", "start", "--nodes", "0", "--dir", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--nodes must be at least 1, not 0");
    }
}
