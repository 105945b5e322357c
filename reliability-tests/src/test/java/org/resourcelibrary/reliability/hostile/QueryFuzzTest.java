package org.resourcelibrary.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.LibraryService;
import org.resourcelibrary.reliability.support.RawHttp;
import org.resourcelibrary.reliability.support.Seeds;
import org.resourcelibrary.reliability.support.SyntheticLibrary;

/**
 * {@value #REQUESTS} seeded random requests to search, suggest and facet values, sent raw over loopback HTTP:
 * no answer is a server error, every client error is {@code application/problem+json} with its status, title
 * and detail, every success is JSON, and the service is still up at the end.
 */
class QueryFuzzTest {

    private static final String NAME = "query-fuzz";
    private static final int REQUESTS = 10_000;
    private static final int CLIENTS = 4;
    private static final int DOCUMENTS = 500;
    private static final String PROBLEM_JSON = "application/problem+json";

    @TempDir
    static Path dir;
    private static LibraryService service;

    @BeforeAll
    static void start() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        SyntheticLibrary.copy(DOCUMENTS, data.index());
        service = LibraryService.start(data, LuceneLibrary.open(data.index(), Vocabulary.standard()));
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @Test
    void randomRequestsGetNoServerErrorAndEveryClientErrorIsAProblem() throws Exception {
        FuzzRequests generator = new FuzzRequests(Seeds.forTest(NAME));
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            targets.add(generator.next());
        }
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            done.add(clients.submit(() -> {
                try (RawHttp http = new RawHttp("127.0.0.1", service.port())) {
                    for (int i = first; i < targets.size(); i += CLIENTS) {
                        RawHttp.Response response = http.get(targets.get(i));
                        statuses.merge(response.status(), 1, Integer::sum);
                        String problem = problem(response);
                        if (problem != null) {
                            wrong.add(response.status() + " " + problem + " for " + shorten(targets.get(i)));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();

        Map<String, String> kinds = new TreeMap<>();
        wrong.forEach(answer -> kinds.putIfAbsent(answer.substring(0, Math.min(40, answer.length())), answer));
        assertThat(wrong).as("%d of %d answers wrong; one of each kind:%n%s", wrong.size(), REQUESTS,
                String.join("\n", kinds.values())).isEmpty();
        assertThat(service.app().get("/health").statusCode()).as("the service is up").isEqualTo(200);
        Figures.print(NAME, REQUESTS + " requests (" + CLIENTS + " clients) in " + took + " ms; statuses " + statuses
                + "; 0 server errors; every 4xx problem+json");
    }

    /** What is wrong with an answer, or null when nothing is. */
    private static String problem(RawHttp.Response response) {
        String type = String.valueOf(response.header("content-type"));
        if (response.status() >= 500) {
            return "server error: " + shorten(response.text());
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            return "not JSON (" + type + "): " + shorten(response.text());
        }
        if (response.status() >= 400) {
            if (!type.startsWith(PROBLEM_JSON)) {
                return "not problem+json but " + type;
            }
            if (body == null || body.path("status").asInt() != response.status() || body.path("title").asText()
                    .isBlank() || body.path("detail").asText().isBlank()) {
                return "a problem without its status, title and detail: " + shorten(response.text());
            }
        } else if (body == null || !type.startsWith("application/json")) {
            return "a success that is not JSON: " + type;
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
