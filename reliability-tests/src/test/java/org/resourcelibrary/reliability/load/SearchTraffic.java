package org.resourcelibrary.reliability.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.resourcelibrary.reliability.support.RawHttp;

/**
 * Members searching: clients that each send ordinary searches (words, a facet or two, a page, a sort) over a
 * kept-alive loopback connection, one after another, until stopped; every answer that is not a 200 JSON
 * response is counted as an error.
 */
final class SearchTraffic implements AutoCloseable {

    private static final List<String> WORDS = List.of("social", "workforce", "supervision", "case", "management",
            "children", "protection", "training", "families", "assessment", "community", "volunteers", "policy",
            "national", "report", "guidance", "évaluation", "protección");
    private static final List<String> FILTERS = List.of("", "", "&country=ZM", "&country=KE", "&language=en",
            "&type=report", "&topic=case-management", "&year_from=2010", "&sort=newest", "&page=2", "&size=50");
    private static final Duration STOP_DEADLINE = Duration.ofMinutes(1);

    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final Map<String, Integer> errors = new TreeMap<>();
    private final long[] latencyBuckets = new long[64];

    private SearchTraffic(int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /** Starts {@code clients} searching clients against the server on {@code port}, each with its own seed. */
    static SearchTraffic start(int clients, int port, Random seeds) {
        SearchTraffic traffic = new SearchTraffic(clients);
        for (int client = 0; client < clients; client++) {
            Random random = new Random(seeds.nextLong());
            traffic.running.add(traffic.clients.submit(() -> traffic.search(port, random)));
        }
        return traffic;
    }

    private Void search(int port, Random random) throws IOException {
        try (RawHttp http = new RawHttp("127.0.0.1", port)) {
            while (!stopped.get()) {
                String target = "/api/search?q=" + URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())) + " "
                        + WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8)
                        + FILTERS.get(random.nextInt(FILTERS.size()));
                long started = System.nanoTime();
                RawHttp.Response response;
                try {
                    response = http.get(target);
                } catch (IOException e) {
                    error("I/O: " + e.getMessage());
                    continue;
                }
                long took = System.nanoTime() - started;
                requests.incrementAndGet();
                nanos.addAndGet(took);
                synchronized (latencyBuckets) {
                    latencyBuckets[63 - Long.numberOfLeadingZeros(Math.max(1, took))]++;
                }
                if (response.status() != 200 || !String.valueOf(response.header("content-type"))
                        .startsWith("application/json")) {
                    error(response.status() + " " + response.text().substring(0, Math.min(200, response.text().length())));
                }
            }
        }
        return null;
    }

    private void error(String what) {
        synchronized (errors) {
            errors.merge(what, 1, Integer::sum);
        }
    }

    /** Stops the clients and waits for them. */
    void stop() throws Exception {
        stopped.set(true);
        clients.shutdown();
        for (Future<?> client : running) {
            client.get(STOP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    long requests() {
        return requests.get();
    }

    /** Errors by kind (status and body, or the I/O failure) and how many of each. */
    Map<String, Integer> errors() {
        synchronized (errors) {
            return new TreeMap<>(errors);
        }
    }

    long errorCount() {
        return errors().values().stream().mapToLong(Integer::longValue).sum();
    }

    double meanMillis() {
        return requests.get() == 0 ? 0 : nanos.get() / 1e6 / requests.get();
    }

    /** The latency under which this share of requests answered, rounded up to a power of two nanoseconds (ms). */
    long percentileMillis(double share) {
        synchronized (latencyBuckets) {
            long total = 0;
            for (long count : latencyBuckets) {
                total += count;
            }
            long seen = 0;
            for (int bucket = 0; bucket < latencyBuckets.length; bucket++) {
                seen += latencyBuckets[bucket];
                if (seen >= share * total) {
                    return Math.round((1L << (bucket + 1)) / 1e6);
                }
            }
            return 0;
        }
    }

    @Override
    public void close() {
        stopped.set(true);
        clients.shutdownNow();
    }
}
