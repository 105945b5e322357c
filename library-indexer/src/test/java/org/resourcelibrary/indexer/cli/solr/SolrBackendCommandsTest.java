package org.resourcelibrary.indexer.cli.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.cli.Cli;

/**
 * The command line on a real SolrCloud: {@code solr init} makes the collection (and changes nothing the second
 * time), and {@code search --zk} searches it, wherever the data directory is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrBackendCommandsTest {

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    @TempDir
    static Path work;

    @Test
    @Order(1)
    void solrInitCreatesTheCollectionOnceAndThenChangesNothing() {
        Cli created = Cli.run("solr", "init", "--zk", SOLR.zkAddress(), "--shards", "2", "--replicas", "2");
        Cli again = Cli.run("solr", "init", "--zk", SOLR.zkAddress(), "--shards", "2", "--replicas", "2");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("created collection library (2 shards × 2 replicas) with configset ");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("collection library is there already").contains("nothing to do");
    }

    @Test
    @Order(2)
    void searchAsksTheCollectionNotTheDataDirectory() throws Exception {
        Cli search = Cli.run("search", "supervision", "--json", "--data", work.resolve("no-library").toString(),
                "--zk", SOLR.zkAddress());

        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode found = Json.mapper().readTree(search.out());
        assertThat(found.path("total").asLong()).isZero();
        assertThat(found.path("backendNotes")).isNotEmpty();
    }
}
