package org.resourcelibrary.web.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.Replica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.web.LibraryServer;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;

/**
 * Faults of a SolrCloud under a web node ({@code serve --zk}): the sample library in a collection of 2 shards ×
 * 2 replicas on two real Solr nodes (a child JVM). With one node taken away under a search load, every search still
 * answers from the other node's replicas, with the total the whole cluster gave (or saying it is partial, past its
 * time budget, as the embedded library does); a write then is refused (it could not survive the
 * loss of the one node holding it), and the node, back, catches up on it. With ZooKeeper alone gone while the nodes
 * keep running, searches keep answering and uploads are refused with a 503 within the timeout, until it is back.
 * With the whole cluster gone (ZooKeeper
 * unreachable), {@code /ready}, searches and uploads answer 503 with the reason within the web node's
 * {@code LIBRARY_SOLR_TIMEOUT}, and the refused upload leaves nothing behind: once the cluster is back, it can be
 * sent again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrFaultsTest {

    private static final String COLLECTION = SampleLibraryOnSolrCloud.COLLECTION;
    private static final String TOKEN = "solr-faults-test-librarian-token-0123456789";
    /** The web node's {@code LIBRARY_SOLR_TIMEOUT}, in seconds: what an answer about a lost cluster may take. */
    private static final int SOLR_TIMEOUT_SECONDS = 5;
    /**
     * The longest a 503 may take: the timeout for ZooKeeper, once more for a node, and a loaded machine's scheduling;
     * an answer later than this is a hang.
     */
    private static final Duration FAIL_FAST = Duration.ofSeconds(3L * SOLR_TIMEOUT_SECONDS);
    /** How long the test waits for an answer that should come within {@link #FAIL_FAST}: past it, it hangs. */
    private static final Duration WAIT = Duration.ofMinutes(2);
    /** The node taken away (the second: the client first learns of the cluster through ZooKeeper, not a node). */
    private static final int LOST_NODE = 2;
    /** Searches the load makes before the node goes, and after it has gone, at the least. */
    private static final int SEARCHES_BEFORE = 10;
    private static final int SEARCHES_AFTER = 40;
    private static final int LOAD_THREADS = 2;
    /** Longest the load may take to make its searches (each one answers within the client's timeout). */
    private static final Duration LOAD_WAIT = Duration.ofMinutes(2);
    /** Searches of the load: words, a filter and the facets, over both shards. */
    private static final List<String> SEARCHES = List.of("q=supervision", "q=water", "q=health&language=en",
            "q=children", "q=", "q=education&sort=title");
    /** Times a search is asked for its whole total before the test gives up on the machine. */
    private static final int WHOLE_ATTEMPTS = 5;
    private static final String WRITTEN_WHILE_DOWN = "written-while-a-node-was-down";
    /** The pause between uploads sent again while the web node takes a new ZooKeeper session: each one extracts. */
    private static final Duration BETWEEN_UPLOADS = Duration.ofMillis(500);
    private static final String TIQUIPAYA_FILE = "tiquipaya-ledger.txt";
    private static final String TIQUIPAYA_TITLE = "Tiquipaya irrigation ledger";

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    private static Path data;
    private static LibraryServer web;
    private static SolrConnection cloud;

    @BeforeAll
    static void serveTheSampleLibraryFromSolrCloud() throws Exception {
        cloud = SampleLibraryOnSolrCloud.imported(SOLR);
        data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "solr-faults-");
        web = SampleLibraryOnSolrCloud.serve(SOLR, data, TOKEN, Integer.toString(SOLR_TIMEOUT_SECONDS));
    }

    @AfterAll
    static void stopServing() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void searchesKeepAnsweringWithTheRightTotalsWhileANodeIsDown() throws Exception {
        try (RunningApp app = RunningApp.client(web.port())) {
            Map<String, Long> expected = new LinkedHashMap<>();
            for (String search : SEARCHES) {
                expected.put(search, wholeTotal(app, search));
            }
            List<String> wrong = new SearchLoad(app, expected).runWhile(() -> SOLR.stopNode(LOST_NODE));

            assertThat(wrong).as("searches answered otherwise while node %d went away", LOST_NODE).isEmpty();
        }
    }

    @Test
    @Order(2)
    void aWriteWhileANodeIsDownIsRefusedAndTheNodeBackCatchesUpOnIt() throws Exception {
        try (SolrLibrary library = cloud.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            ResourceContent any = library.content(library.rankedIds(SearchRequest.builder().build(), 1).get(0))
                    .orElseThrow();
            ResourceContent copy = new ResourceContent(any.resource().withId(WRITTEN_WHILE_DOWN), any.pages());

            assertThatThrownBy(() -> library.upsert(copy)).hasMessageContaining("replicas acknowledged");
            library.commit();
            SOLR.startNode(LOST_NODE);

            assertThat(foundOnlyOn(SOLR.nodeUrls().get(LOST_NODE - 1), WRITTEN_WHILE_DOWN)).isEqualTo(1);
            assertThat(library.get(WRITTEN_WHILE_DOWN)).isPresent();
        }
    }

    /**
     * ZooKeeper alone lost while the nodes keep running: searches keep answering from the nodes the web node knows (a
     * SolrCloud client keeps the cluster's layout it last read, and the nodes serve reads without ZooKeeper), so
     * {@code /ready} stays ready; a write cannot be acknowledged by the replicas' leaders without ZooKeeper and is
     * refused at once with a 503 problem, not a hang; once ZooKeeper is back the same upload is taken.
     */
    @Test
    @Order(5)
    void withZooKeeperAloneUnreachableSearchesKeepAnsweringAndUploadsAnswer503FastUntilItIsBack() throws Exception {
        byte[] text = "Punata seed bank ledger kept by the growers' union.".getBytes(StandardCharsets.UTF_8);
        try (RunningApp app = RunningApp.client(web.port())) {
            long expected = wholeTotal(app, SEARCHES.get(0));
            SOLR.stopZooKeeper();
            try {
                long start = System.nanoTime();
                HttpResponse<String> ready = app.send(app.request("/ready").timeout(WAIT).GET().build());
                Duration readyTook = Duration.ofNanos(System.nanoTime() - start);
                long searched = wholeTotal(app, SEARCHES.get(0));
                Duration searchTook = Duration.ofNanos(System.nanoTime() - start).minus(readyTook);
                HttpResponse<String> refused = app.send(upload(app, "punata-ledger.txt", "Punata seed bank ledger",
                        text));
                Duration uploadTook = Duration.ofNanos(System.nanoTime() - start).minus(readyTook).minus(searchTook);

                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                assertThat(searched).isEqualTo(expected);
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(Json.mapper().readTree(refused.body()).path("detail").asText()).contains("SolrCloud");
                assertThat(List.of(readyTook, searchTook, uploadTook))
                        .allSatisfy(took -> assertThat(took).isLessThan(FAIL_FAST));
            } finally {
                SOLR.startZooKeeper();
            }
            // The web node's own ZooKeeper session may have expired meanwhile: it takes a new one by itself, and until
            // then refuses writes as before (a refused upload leaves nothing behind, so it is sent again).
            long deadline = System.nanoTime() + WAIT.toNanos();
            HttpResponse<String> again = app.send(upload(app, "punata-ledger.txt", "Punata seed bank ledger", text));
            while (again.statusCode() == 503 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(BETWEEN_UPLOADS.toNanos());
                again = app.send(upload(app, "punata-ledger.txt", "Punata seed bank ledger", text));
            }
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            String id = Json.mapper().readTree(again.body()).path("document").path("id").asText();
            JsonNode found = Json.mapper().readTree(app.get("/api/search?q=Punata").body());
            app.send(app.request("/api/documents/" + id).header("Authorization", "Bearer " + TOKEN).DELETE().build());
            assertThat(found.path("hits")).extracting(hit -> hit.path("id").asText()).containsExactly(id);
        }
    }

    @Test
    @Order(3)
    void withZooKeeperUnreachableReadyAndSearchesAnswer503WithTheReasonWithinTheTimeout() throws IOException {
        SOLR.stop();
        try (RunningApp app = RunningApp.client(web.port())) {
            long start = System.nanoTime();
            HttpResponse<String> ready = app.send(app.request("/ready").timeout(WAIT).GET().build());
            Duration readyTook = Duration.ofNanos(System.nanoTime() - start);
            HttpResponse<String> search = app.send(app.request("/api/search?q=supervision").timeout(WAIT).GET()
                    .build());
            Duration searchTook = Duration.ofNanos(System.nanoTime() - start).minus(readyTook);

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(Json.mapper().readTree(ready.body()).path("detail").asText()).contains("SolrCloud", "ZK");
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(List.of(readyTook, searchTook)).allSatisfy(took -> assertThat(took).isLessThan(FAIL_FAST));
        }
    }

    @Test
    @Order(4)
    void anUploadWhileTheClusterIsDownAnswers503AndCanBeSentAgainOnceItIsBack() throws IOException {
        byte[] text = "Tiquipaya irrigation ledger kept by the water committee.".getBytes(StandardCharsets.UTF_8);
        try (RunningApp app = RunningApp.client(web.port())) {
            long start = System.nanoTime();
            HttpResponse<String> refused = app.send(upload(app, TIQUIPAYA_FILE, TIQUIPAYA_TITLE, text));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(took).isLessThan(FAIL_FAST);
            assertThat(Json.mapper().readTree(refused.body()).path("detail").asText()).contains("SolrCloud");

            SOLR.start();
            awaitReady(app);
            assertThat(Json.mapper().readTree(app.get("/api/search?q=Tiquipaya").body()).path("total").asLong())
                    .as("a document of the refused upload").isZero();
            HttpResponse<String> again = app.send(upload(app, TIQUIPAYA_FILE, TIQUIPAYA_TITLE, text));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(Json.mapper().readTree(app.get("/api/search?q=Tiquipaya").body()).path("total").asLong())
                    .isOne();
        }
    }

    /** Waits for the web node to find the cluster again: each {@code /ready} answers within the timeout. */
    private static void awaitReady(RunningApp app) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (app.send(app.request("/ready").timeout(WAIT).GET().build()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready again within %s", WAIT).isLessThan(deadline);
        }
    }

    private static HttpRequest upload(RunningApp app, String fileName, String title, byte[] text) {
        HttpRequest upload = new Multipart().file("file", fileName, "text/plain", text)
                .field("title", title).post(app, "/api/documents", TOKEN);
        return HttpRequest.newBuilder(upload, (name, value) -> true).timeout(WAIT).build();
    }

    /**
     * The total of a search on the whole cluster: the first answer that is not {@code partial} (a search past its time
     * budget, which a loaded machine's first searches may be, says so and counts only what it found).
     */
    private static long wholeTotal(RunningApp app, String search) throws IOException {
        for (int attempt = 0; attempt < WHOLE_ATTEMPTS; attempt++) {
            JsonNode answer = Json.mapper().readTree(app.get("/api/search?" + search).body());
            if (!answer.path("partial").asBoolean()) {
                return answer.path("total").asLong();
            }
        }
        throw new AssertionError(search + " ran out of its time budget " + WHOLE_ATTEMPTS + " times");
    }

    /** How many documents with id {@code id} the replicas on the node at {@code nodeUrl} hold, asked alone. */
    private static long foundOnlyOn(String nodeUrl, String id) throws Exception {
        long found = 0;
        HttpClient http = HttpClient.newHttpClient();
        try (CloudSolrClient client = cloud.connect()) {
            for (Replica replica : client.getClusterState().getCollection(COLLECTION).getReplicas()) {
                if (!replica.getBaseUrl().equals(nodeUrl)) {
                    continue;
                }
                URI select = URI.create(replica.getBaseUrl() + "/" + replica.getCoreName()
                        + "/select?distrib=false&rows=0&wt=json&q="
                        + URLEncoder.encode("{!term f=" + Schema.ID + "}" + id, StandardCharsets.UTF_8));
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(select).timeout(RunningApp.TIMEOUT)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                found += Json.mapper().readTree(answer.body()).path("response").path("numFound").asLong();
            }
        }
        return found;
    }

    /**
     * Searches from {@value #LOAD_THREADS} threads, each checked against its total before the fault, while the fault
     * happens: some searches before it, the fault, then some after it.
     */
    private static final class SearchLoad {
        private final RunningApp app;
        private final Map<String, Long> expected;
        private final List<String> searches;
        private final AtomicInteger made = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();

        SearchLoad(RunningApp app, Map<String, Long> expected) {
            this.app = app;
            this.expected = expected;
            this.searches = new ArrayList<>(expected.keySet());
        }

        interface Fault {
            void happen() throws IOException;
        }

        /** @return each search answered otherwise than before the fault: its status, or its total */
        List<String> runWhile(Fault fault) throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(LOAD_THREADS);
            CountDownLatch before = new CountDownLatch(SEARCHES_BEFORE);
            CountDownLatch after = new CountDownLatch(1);
            // The number of searches made when the fault was over; none yet.
            AtomicInteger afterFrom = new AtomicInteger(Integer.MAX_VALUE - SEARCHES_AFTER);
            try {
                List<Future<?>> load = new ArrayList<>();
                for (int thread = 0; thread < LOAD_THREADS; thread++) {
                    load.add(threads.submit(() -> {
                        while (running.get()) {
                            int n = made.getAndIncrement();
                            search(searches.get(n % searches.size()));
                            before.countDown();
                            if (n >= afterFrom.get() + SEARCHES_AFTER) {
                                after.countDown();
                            }
                        }
                        return null;
                    }));
                }
                assertThat(before.await(LOAD_WAIT.toSeconds(), TimeUnit.SECONDS)).as("searches before").isTrue();
                fault.happen();
                afterFrom.set(made.get());
                assertThat(after.await(LOAD_WAIT.toSeconds(), TimeUnit.SECONDS)).as("searches after").isTrue();
                running.set(false);
                for (Future<?> thread : load) {
                    thread.get();
                }
            } finally {
                running.set(false);
                threads.shutdownNow();
            }
            return List.copyOf(wrong);
        }

        private void search(String search) throws IOException {
            HttpResponse<String> answer = app.get("/api/search?" + search);
            if (answer.statusCode() != 200) {
                wrong.add(search + ": " + answer.statusCode() + " " + answer.body());
                return;
            }
            JsonNode body = Json.mapper().readTree(answer.body());
            // A search past its time budget says it is partial: a declared answer, not a wrong one.
            if (!body.path("partial").asBoolean() && body.path("total").asLong() != expected.get(search)) {
                wrong.add(search + ": total " + body.path("total") + ", not " + expected.get(search));
            }
        }
    }
}
