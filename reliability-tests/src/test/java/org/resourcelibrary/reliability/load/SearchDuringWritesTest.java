package org.resourcelibrary.reliability.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.LibraryService;
import org.resourcelibrary.reliability.support.Seeds;
import org.resourcelibrary.reliability.support.SyntheticLibrary;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;

/**
 * {@value #CLIENTS} members search while a librarian's zip of {@value #ZIP_DOCUMENTS} documents is ingested,
 * and single uploads and deletes are made: no search fails, each upload is found by a search within
 * {@link #VISIBLE_WITHIN} of its 201 (sent once it is committed), each delete is gone as fast, and the
 * library ends with exactly the documents it should have.
 */
class SearchDuringWritesTest {

    private static final String NAME = "search-during-writes";
    private static final int CLIENTS = 8;
    private static final int BASE_DOCUMENTS = 500;
    private static final int ZIP_DOCUMENTS = 300;
    private static final int UPLOADS = 20;
    /** Every this many uploads, the one before is deleted again. */
    private static final int DELETE_EVERY = 3;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);
    private static final Duration JOB_DEADLINE = Duration.ofMinutes(3);
    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(10);
    private static final List<String> WORDS = List.of("social", "workforce", "supervision", "case", "management",
            "children", "protection", "training", "families", "community", "volunteers", "policy", "report");

    @TempDir
    Path dir;

    @Test
    void searchesNeverFailAndChangesAreVisibleWithinASecondWhileAnIngestUploadsAndDeletesRun() throws Exception {
        Random random = Seeds.forTest(NAME);
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        SyntheticLibrary.copy(BASE_DOCUMENTS, data.index());
        List<Long> visibleMillis = new ArrayList<>();
        List<Long> goneMillis = new ArrayList<>();
        int deleted = 0;
        SearchTraffic traffic;
        JsonNode job;
        try (LibraryService service = LibraryService.start(data, LuceneLibrary.open(data.index(),
                Vocabulary.standard()))) {
            RunningApp app = service.app();
            traffic = SearchTraffic.start(CLIENTS, service.port(), random);
            try {
                String jobLocation = submitZip(app, random);
                String previous = null;
                String previousWord = null;
                for (int upload = 1; upload <= UPLOADS; upload++) {
                    String word = "visible" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                    HttpResponse<String> created = app.send(patient(new Multipart().file("file", word + ".txt",
                            "text/plain", text(random, word).getBytes(StandardCharsets.UTF_8)).post(app,
                            "/api/documents", LibraryService.TOKEN)));
                    long committed = System.nanoTime();
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    String id = Json.mapper().readTree(created.body()).get("document").get("id").asText();
                    visibleMillis.add(awaitHits(app, word, 1, committed));
                    if (upload % DELETE_EVERY == 0) {
                        HttpResponse<String> gone = app.send(patient(app.request("/api/documents/" + previous)
                                .header("Authorization", "Bearer " + LibraryService.TOKEN).DELETE().build()));
                        long deletedAt = System.nanoTime();
                        assertThat(gone.statusCode()).isEqualTo(204);
                        goneMillis.add(awaitHits(app, previousWord, 0, deletedAt));
                        deleted++;
                    }
                    previous = id;
                    previousWord = word;
                }
                job = awaitJob(app, jobLocation);
            } finally {
                traffic.stop();
            }
            int total = Json.mapper().readTree(app.get("/api/search").body()).get("total").asInt();
            assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
            assertThat(job.get("report").get("indexed").asInt()).isEqualTo(ZIP_DOCUMENTS);
            assertThat(total).isEqualTo(BASE_DOCUMENTS + ZIP_DOCUMENTS + UPLOADS - deleted);
        }

        assertThat(traffic.errors()).as("errors in %d searches", traffic.requests()).isEmpty();
        long slowest = visibleMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
        long slowestGone = goneMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(slowest).as("upload to searchable (ms): %s", visibleMillis).isLessThanOrEqualTo(VISIBLE_WITHIN.toMillis());
        assertThat(slowestGone).as("delete to gone (ms): %s", goneMillis).isLessThanOrEqualTo(VISIBLE_WITHIN.toMillis());
        Figures.print(NAME, CLIENTS + " clients: " + traffic.requests() + " searches, 0 errors (mean "
                + String.format("%.1f", traffic.meanMillis()) + " ms) during a " + ZIP_DOCUMENTS + "-document zip ingest, "
                + UPLOADS + " uploads and " + deleted + " deletes; upload 201 to searchable: max " + slowest
                + " ms, median " + visibleMillis.stream().sorted().toList().get(visibleMillis.size() / 2)
                + " ms; delete to gone: max " + slowestGone + " ms");
    }

    /**
     * Searches for {@code word} until a search finds {@code hits} hits; how many milliseconds after {@code since}
     * that search was sent (its answer may come later on a loaded machine: the measure is when a search sees it).
     */
    private static long awaitHits(RunningApp app, String word, int hits, long since) throws Exception {
        long deadline = since + VISIBLE_WITHIN.multipliedBy(30).toNanos();
        while (true) {
            long sent = System.nanoTime();
            if (Json.mapper().readTree(app.get("/api/search?q=" + word).body()).get("total").asInt() == hits) {
                return Duration.ofNanos(sent - since).toMillis();
            }
            assertThat(System.nanoTime()).as("%s with %d hits, long after", word, hits).isLessThan(deadline);
            Thread.sleep(POLL.toMillis());
        }
    }

    private static String submitZip(RunningApp app, Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < ZIP_DOCUMENTS; i++) {
                zip.putNextEntry(new ZipEntry("batch/note-" + i + ".txt"));
                zip.write(text(random, "batchnote" + i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        HttpResponse<String> submitted = app.send(patient(new Multipart().file("file", "batch.zip",
                "application/zip", bytes.toByteArray()).post(app, "/api/ingest-jobs", LibraryService.TOKEN)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        return submitted.headers().firstValue("Location").orElseThrow();
    }

    private static JsonNode awaitJob(RunningApp app, String location) throws Exception {
        long deadline = System.nanoTime() + JOB_DEADLINE.toNanos();
        HttpRequest request = app.request(location).header("Authorization", "Bearer " + LibraryService.TOKEN).GET()
                .build();
        JsonNode job = Json.mapper().readTree(app.send(request).body());
        while (!job.get("state").asText().matches("done|failed")) {
            assertThat(System.nanoTime()).as("job over within %s: %s", JOB_DEADLINE, job).isLessThan(deadline);
            Thread.sleep(POLL.toMillis() * 10);
            job = Json.mapper().readTree(app.send(request).body());
        }
        return job;
    }

    /** The request with a longer timeout: a write waits its turn behind the running ingest on a busy machine. */
    private static HttpRequest patient(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(WRITE_TIMEOUT).build();
    }

    private static String text(Random random, String word) {
        StringBuilder text = new StringBuilder("Note " + word + " on the social service workforce.\n");
        for (int i = 0; i < 80 + random.nextInt(200); i++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(i % 12 == 11 ? ".\n" : " ");
        }
        return text.toString();
    }
}
