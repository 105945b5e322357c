package org.resourcelibrary.web.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.web.MailParts;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.ServeCommand;
import org.resourcelibrary.web.ServeProcess;
import org.resourcelibrary.web.database.DatabaseAddress;

/**
 * Two web nodes as an operator runs them: two {@code serve} processes (JVMs of their own) on one SolrCloud
 * collection, one shared data directory and one H2 server as the library database. Whatever a member or a
 * librarian does through one node, the other knows at once: the librarian's session, an upload, a zip job and
 * its report, an alert subscription, and the searches that the insights count; and edits of one document through
 * both at once are made one after the other, none written over, and one made from a version the other node
 * replaced is refused.
 */
class StatelessWebNodesTest {

    private static final String COLLECTION = "library";
    private static final String TOKEN = "stateless-web-nodes-librarian-token-0123";
    /** How long a step may take on a loaded machine: an upload extracts its text in a worker JVM. */
    private static final Duration WAIT = Duration.ofMinutes(2);

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;

    private static Server database;
    private static ServeProcess first;
    private static ServeProcess second;
    private static RunningApp one;
    private static RunningApp other;

    @BeforeAll
    static void startTwoWebNodes() throws Exception {
        SolrConnection cloud = SolrConnection.of(null, SOLR.zkAddress(), COLLECTION, Map.of()).orElseThrow()
                .waitingAtLeast(SolrCollections.INIT_TIMEOUT);
        try (CloudSolrClient client = cloud.connect()) {
            new SolrCollections(client).init(COLLECTION, Configset.generate(Ranking.DEFAULT), 1, 2);
        }
        database = Server.createTcpServer("-tcpPort", "0", "-tcpAllowOthers", "-ifNotExists", "-baseDir",
                dir.resolve("database").toString()).start();
        Map<String, String> environment = new HashMap<>(Map.of(ServeCommand.TOKENS_VARIABLE, TOKEN,
                DatabaseAddress.URL_VARIABLE, "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/library",
                "LIBRARY_SMTP_HOST", "127.0.0.1", "LIBRARY_SMTP_PORT", String.valueOf(MAIL.getSmtp().getPort()),
                "LIBRARY_SMTP_TLS", "false", "LIBRARY_MAIL_FROM", "library@example.org"));
        environment.put(SolrConnection.TIMEOUT_ENV, "30");
        String[] args = {"--port", "0", "--data", dir.resolve("data").toString(), "--zk", SOLR.zkAddress(),
            "--collection", COLLECTION};
        first = ServeProcess.start(dir.resolve("first.log"), environment, args);
        second = ServeProcess.start(dir.resolve("second.log"), environment, args);
        one = RunningApp.client(first.awaitPort());
        other = RunningApp.client(second.awaitPort());
    }

    @AfterAll
    static void stopWebNodes() throws Exception {
        for (ServeProcess node : new ServeProcess[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void aLibrarianSignedInThroughOneNodeIsSignedInOnTheOtherUntilSignedOutThere() {
        HttpResponse<String> signIn = one.send(one.request("/librarian/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)).build());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303);
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        String page = other.send(other.request("/librarian").header("Cookie", cookie).GET().build()).body();
        assertThat(page).contains("action=\"/librarian/sign-out\"");
        String csrf = page.replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        other.send(other.request("/librarian/sign-out").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf)).build());

        assertThat(one.send(one.request("/librarian").header("Cookie", cookie).GET().build()).body())
                .doesNotContain("action=\"/librarian/sign-out\"");
    }

    @Test
    void aDocumentUploadedThroughOneNodeIsFoundThroughTheOtherAtOnce() throws IOException {
        byte[] text = "Quillacollo outreach ledger for community caseworkers.".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = new Multipart().file("file", "quillacollo-ledger.txt", "text/plain", text)
                .field("title", "Quillacollo outreach ledger").send(one, "/api/documents", TOKEN, WAIT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Json.mapper().readTree(created.body()).path("document").path("id").asText();

        JsonNode found = Json.mapper().readTree(other.get("/api/search?q=Quillacollo").body());

        assertThat(found.path("hits")).extracting(hit -> hit.path("id").asText()).containsExactly(id);
    }

    @Test
    void editsOfOneDocumentThroughBothNodesAtOnceAreAllKept() throws Exception {
        HttpResponse<String> created = new Multipart().file("file", "potosi-minutes.txt", "text/plain",
                "Potosí miners' mutual aid society: minutes.".getBytes(StandardCharsets.UTF_8))
                .send(one, "/api/documents", TOKEN, WAIT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String document = "/api/documents/" + Json.mapper().readTree(created.body()).path("document").path("id")
                .asText();
        Map<String, RunningApp> editors = Map.of("title", one, "summary", other, "organization", one,
                "funder", other, "authors", one, "keywords", other);
        ExecutorService librarians = Executors.newFixedThreadPool(editors.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> edits = new ArrayList<>();
        editors.forEach((field, node) -> edits.add(librarians.submit(() -> {
            start.await();
            return node.send(node.request(document).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers
                            .ofString("{\"" + field + "\": \"edited " + field + "\"}")).build());
        })));
        start.countDown();
        for (Future<HttpResponse<String>> edit : edits) {
            HttpResponse<String> answer = edit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        librarians.shutdown();

        JsonNode edited = json(other, document);
        editors.keySet().forEach(field -> assertThat(edited.path(field).toString()).as(field)
                .contains("edited " + field));
    }

    @Test
    void anEditThroughTheSecondNodeFromAVersionTheFirstReplacedIsRefused() throws IOException {
        HttpResponse<String> created = new Multipart().file("file", "oruro-register.txt", "text/plain",
                "Oruro register of home visits by community caseworkers.".getBytes(StandardCharsets.UTF_8))
                .send(one, "/api/documents", TOKEN, WAIT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String document = "/api/documents/" + Json.mapper().readTree(created.body()).path("document").path("id")
                .asText();
        String read = one.get(document).headers().firstValue("ETag").orElseThrow();
        assertThat(other.get(document).headers().firstValue("ETag")).hasValue(read);
        HttpResponse<String> first = patch(one, document, read, "{\"organization\": \"Oruro network\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> stale = patch(other, document, read, "{\"organization\": \"Another network\"}");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(other.get(document).headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(json(other, document).path("organization").asText()).isEqualTo("Oruro network");
    }

    private static HttpResponse<String> patch(RunningApp node, String document, String ifMatch, String body) {
        return node.send(node.request(document).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aZipJobSubmittedThroughOneNodeIsFollowedToItsReportThroughTheOther() throws IOException {
        HttpResponse<String> accepted = new Multipart().file("file", "tarabuco.zip", "application/zip",
                zip("tarabuco-weaving.txt", "Tarabuco weaving cooperative: minutes of the annual meeting."))
                .send(one, "/api/ingest-jobs", TOKEN, WAIT);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String job = "/api/ingest-jobs/" + Json.mapper().readTree(accepted.body()).path("id").asText();

        JsonNode status = await(() -> json(other, job), s -> !List.of("queued", "running")
                .contains(s.path("state").asText()));

        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("done");
        assertThat(status.path("report").path("indexed").asInt()).isEqualTo(1);
        assertThat(json(other, "/api/ingest-jobs").path("jobs")).extracting(j -> j.path("id").asText())
                .contains(status.path("id").asText());
        assertThat(Json.mapper().readTree(other.get("/api/search?q=Tarabuco").body()).path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void anAlertSubscribedThroughOneNodeIsConfirmedThroughTheOther() throws Exception {
        HttpResponse<String> subscribed = one.send(one.request("/api/alerts?q=supervision")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=member@example.org")).build());
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(202);
        assertThat(MAIL.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        String token = MailParts.text(MAIL.getReceivedMessages()[0])
                .replaceAll("(?s).*token=(\\w+).*", "$1");

        HttpResponse<String> confirmed = other.get("/api/alerts/confirm?token=" + token);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    }

    @Test
    void searchesThroughBothNodesAreCountedTogetherInTheInsights() {
        one.get("/api/search?q=Uyuni");
        other.get("/api/search?q=Uyuni");

        JsonNode counted = await(() -> json(one, "/api/insights/queries?kind=zero"), report ->
                count(report, "uyuni") >= 2);

        assertThat(count(counted, "uyuni")).isEqualTo(2);
        assertThat(count(json(other, "/api/insights/queries?kind=zero"), "uyuni")).isEqualTo(2);
    }

    private static long count(JsonNode report, String query) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("query").asText().equalsIgnoreCase(query)) {
                return row.path("count").asLong();
            }
        }
        return 0;
    }

    private static JsonNode json(RunningApp node, String pathAndQuery) {
        HttpResponse<String> response = node.send(node.request(pathAndQuery)
                .header("Authorization", "Bearer " + TOKEN).GET().build());
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(pathAndQuery + " did not answer JSON: " + response.body(), e);
        }
    }

    /** Asks until the answer satisfies {@code done}, or {@link #WAIT} has passed; the last answer either way. */
    private static JsonNode await(Supplier<JsonNode> ask, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode answer = ask.get();
        while (!done.test(answer) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            answer = ask.get();
        }
        return answer;
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
