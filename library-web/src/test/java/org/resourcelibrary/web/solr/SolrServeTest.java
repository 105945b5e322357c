package org.resourcelibrary.web.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.web.DemoServer;
import org.resourcelibrary.web.LibraryServer;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RepositoryFiles;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.ServeCommand;
import picocli.CommandLine;

/**
 * {@code serve --zk}: the sample library served from a real SolrCloud (two Solr 9.10 nodes and ZooKeeper in a child
 * JVM) by two web nodes of this JVM sharing one data directory for originals. The API answers the golden searches
 * with the embedded library's totals and facet counts; a document uploaded through one web node is found through
 * the other at once; with the cluster stopped, {@code /ready} and searches answer 503 with the reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrServeTest {

    private static final String COLLECTION = "library";
    private static final String TOKEN = "solr-serve-test-librarian-token-0123456789";
    /** Seconds the web nodes wait for SolrCloud: generous, since the test machine may be loaded. */
    private static final String SOLR_TIMEOUT = "30";
    /**
     * How long the test waits for an answer: an upload extracts its text in a worker JVM and commits on every
     * replica, and an unreachable cluster is given up on after {@link #SOLR_TIMEOUT}; past this, it hangs.
     */
    private static final Duration WAIT = Duration.ofMinutes(2);
    /**
     * Golden searches whose answers from SolrCloud differ from the embedded library's today, and why: the search
     * parity work of issue 17 removes them (and this test then says so).
     */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    private static DemoServer embedded;
    private static LibraryServer first;
    private static LibraryServer second;

    @BeforeAll
    static void serveTheSampleLibraryFromSolrCloud() throws Exception {
        embedded = DemoServer.get();
        SolrConnection cloud = SolrConnection.of(null, SOLR.zkAddress(), COLLECTION, Map.of()).orElseThrow()
                .waitingAtLeast(SolrCollections.INIT_TIMEOUT);
        try (CloudSolrClient client = cloud.connect()) {
            new SolrCollections(client).init(COLLECTION, Configset.generate(Ranking.DEFAULT), 2, 2);
        }
        copyEveryDocument(new DataDirectory(embedded.data()), cloud);
        first = serve();
        second = serve();
    }

    @AfterAll
    static void stopServing() {
        for (LibraryServer server : new LibraryServer[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void answersTheGoldenSearchesWithTheEmbeddedTotalsAndFacetCounts() throws IOException {
        Map<String, String> differences = new java.util.TreeMap<>();
        try (RunningApp solr = RunningApp.client(first.port()); RunningApp lucene = RunningApp.client(embedded.port())) {
            for (Map.Entry<String, String> golden : goldenSearches().entrySet()) {
                String query = golden.getValue();
                JsonNode fromSolr = Json.mapper().readTree(solr.get("/api/search?" + query).body());
                JsonNode fromLucene = Json.mapper().readTree(lucene.get("/api/search?" + query).body());
                if (!fromSolr.path("total").equals(fromLucene.path("total"))
                        || !counts(fromSolr).equals(counts(fromLucene))) {
                    differences.put(golden.getKey(), "SolrCloud " + fromSolr.path("total") + " " + counts(fromSolr)
                            + ", embedded " + fromLucene.path("total") + " " + counts(fromLucene));
                }
            }
        }
        assertThat(differences.keySet()).as("golden searches answered otherwise than the embedded library: %s; "
                + "known: %s", differences, KNOWN_GAPS).isEqualTo(KNOWN_GAPS.keySet());
    }

    @Test
    @Order(2)
    void aDocumentUploadedThroughOneWebNodeIsFoundThroughTheOtherAtOnce() throws IOException {
        try (RunningApp one = RunningApp.client(first.port()); RunningApp other = RunningApp.client(second.port())) {
            byte[] text = "Quillacollo outreach ledger for community caseworkers.".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> created = new Multipart().file("file", "quillacollo-ledger.txt", "text/plain",
                    text).field("title", "Quillacollo outreach ledger").send(one, "/api/documents", TOKEN, WAIT);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = Json.mapper().readTree(created.body()).path("document").path("id").asText();
            try {
                JsonNode found = Json.mapper().readTree(other.get("/api/search?q=Quillacollo").body());
                assertThat(found.path("hits")).extracting(hit -> hit.path("id").asText()).containsExactly(id);
                HttpResponse<byte[]> file = other.send(other.request("/api/documents/" + id + "/file").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(file.body()).isEqualTo(text);
            } finally {
                other.send(other.request("/api/documents/" + id).header("Authorization", "Bearer " + TOKEN)
                        .DELETE().build());
            }
            assertThat(Json.mapper().readTree(one.get("/api/search?q=Quillacollo").body()).path("total").asLong())
                    .isZero();
        }
    }

    @Test
    @Order(3)
    void withTheClusterStoppedReadyAndSearchesAnswer503WithTheReason() throws IOException {
        SOLR.stop();
        try (RunningApp app = RunningApp.client(first.port())) {
            HttpResponse<String> ready = app.send(app.request("/ready").timeout(WAIT).GET().build());
            HttpResponse<String> search = app.send(app.request("/api/search?q=supervision").timeout(WAIT).GET()
                    .build());

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(Json.mapper().readTree(ready.body()).path("detail").asText()).contains("SolrCloud");
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    /** A web node as {@code serve --zk ADDRESS --data DIR} starts it, on the demo server's data directory. */
    private static LibraryServer serve() throws Exception {
        ServeCommand command = new ServeCommand(Map.of(ServeCommand.TOKENS_VARIABLE, TOKEN,
                SolrConnection.TIMEOUT_ENV, SOLR_TIMEOUT));
        new CommandLine(command).parseArgs("--port", "0", "--data", embedded.data().toString(),
                "--zk", SOLR.zkAddress(), "--collection", COLLECTION);
        return command.start();
    }

    /** Every document of the embedded library, editions included, written to the collection as it is. */
    private static void copyEveryDocument(DataDirectory data, SolrConnection cloud) throws IOException {
        try (LuceneLibrary from = LuceneLibrary.openReadOnly(data.index(), Vocabulary.standard());
             SolrLibrary to = cloud.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            SearchRequest everything = SearchRequest.builder().sort(Sort.TITLE).build();
            for (String id : from.rankedIds(everything, (int) from.count())) {
                to.upsert(from.content(id).orElseThrow());
            }
            to.commit();
        }
    }

    /** The golden queries of sample-docs as API query strings (their words, filters and year ranges), by words. */
    private static Map<String, String> goldenSearches() throws IOException {
        Path file = RepositoryFiles.root().resolve("sample-docs/golden/queries.json");
        Map<String, String> searches = new java.util.LinkedHashMap<>();
        for (JsonNode golden : Json.mapper().readTree(file.toFile()).path("queries")) {
            StringBuilder query = new StringBuilder("expand=false&q=").append(encode(golden.path("q").asText()));
            golden.path("filters").fields().forEachRemaining(filter -> filter.getValue().forEach(value ->
                    query.append('&').append(filter.getKey()).append('=').append(encode(value.asText()))));
            if (golden.has("yearFrom")) {
                query.append("&year_from=").append(golden.path("yearFrom").asInt());
            }
            if (golden.has("yearTo")) {
                query.append("&year_to=").append(golden.path("yearTo").asInt());
            }
            searches.put(golden.path("q").asText() + golden.path("filters") + golden.path("yearFrom")
                    .asText("") + golden.path("yearTo").asText(""), query.toString());
        }
        return searches;
    }

    /** Each facet's values and counts, as {@code dimension → value=count, …}. */
    private static Map<String, List<String>> counts(JsonNode response) {
        Map<String, List<String>> counts = new java.util.TreeMap<>();
        response.path("facets").fields().forEachRemaining(facet -> {
            List<String> values = new ArrayList<>();
            facet.getValue().forEach(value -> values.add(value.path("value").asText() + "=" + value.path("count")));
            counts.put(facet.getKey(), values);
        });
        return counts;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
