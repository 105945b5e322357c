package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud settings on {@code search}, {@code ingest}, {@code eval} and {@code solr init}: an address nobody
 * answers at is one line naming it and exit 1, within the {@code --solr-timeout}; settings that contradict each other
 * are bad usage (exit 2).
 */
class BackendOptionsTest {

    @Test
    void searchOnAnUnreachableZooKeeperSaysWhereInOneLine() throws IOException {
        String zk = "127.0.0.1:" + closedPort() + "/solr";

        Cli run = Cli.run("search", "child protection", "--zk", zk, "--solr-timeout", "2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("library search: SolrCloud at " + zk + " cannot be reached within 2 s");
    }

    @Test
    void ingestIntoUnreachableSolrNodesSaysWhereInOneLine(@TempDir Path data) throws IOException {
        String solr = "http://127.0.0.1:" + closedPort() + "/solr";

        Cli run = Cli.run("ingest", data.toString(), "--data", data.resolve("data").toString(), "--solr", solr,
                "--solr-timeout", "2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString()
                .startsWith("library ingest: SolrCloud at " + solr + " cannot be reached within 2 s");
    }

    @Test
    void bothAddressesAreBadUsage() {
        Cli run = Cli.run("search", "x", "--solr", "http://127.0.0.1:8983/solr", "--zk", "127.0.0.1:9983");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either with --solr").contains("not both");
    }

    @Test
    void solrInitWithoutAnAddressIsBadUsage() {
        Cli run = Cli.run("solr", "init", "--shards", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("say which SolrCloud: --zk");
    }

    /** A loopback port nothing listens on: one just let go of. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
