package org.resourcelibrary.web.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the service has done since it started: requests per method, route and status with their latency, and
 * searches with theirs. Thread-safe; written out by {@link #write}.
 */
public final class ServiceMetrics {

    /** Latency bucket bounds in seconds: from a cached lookup to a slow download. */
    static final List<Double> LATENCY_BUCKETS =
            List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0);
    /** The route label of requests no route matched, so unknown paths cannot grow the metrics. */
    public static final String UNMATCHED_ROUTE = "unmatched";
    /** Most distinct (method, route, status) series kept; more would mean a bug, not traffic. */
    static final int MAX_SERIES = 2_000;

    private final Map<RequestKey, Histogram> requests = new ConcurrentSkipListMap<>();
    private final Map<String, Histogram> searches = new ConcurrentHashMap<>();
    private final LongAdder droppedSeries = new LongAdder();

    /** Records one answered HTTP request. */
    public void request(String method, String route, int status, double seconds) {
        RequestKey key = new RequestKey(method, route, status);
        Histogram histogram = requests.get(key);
        if (histogram == null) {
            if (requests.size() >= MAX_SERIES) {
                droppedSeries.increment();
                return;
            }
            histogram = requests.computeIfAbsent(key, k -> new Histogram(LATENCY_BUCKETS));
        }
        histogram.observe(seconds);
    }

    /**
     * Records one search run by the library.
     *
     * @param channel who asked: {@code api} or {@code page}
     */
    public void search(String channel, long tookMs) {
        searches.computeIfAbsent(channel, c -> new Histogram(LATENCY_BUCKETS)).observe(tookMs / 1000.0);
    }

    /** Number of requests recorded for a route and status (for tests and the status page). */
    public long requests(String method, String route, int status) {
        Histogram histogram = requests.get(new RequestKey(method, route, status));
        return histogram == null ? 0 : histogram.count();
    }

    /** Writes the request and search metrics. */
    public void write(PrometheusText out) {
        out.family("library_http_requests_seconds", "histogram",
                "HTTP requests answered, by method, route and status, with their latency in seconds");
        requests.forEach((key, histogram) -> histogram.write(out, "library_http_requests_seconds",
                List.of("method", key.method, "route", key.route, "status", Integer.toString(key.status))));
        out.family("library_search_seconds", "histogram", "Searches run by the library, by channel, with their time"
                + " in seconds as measured by the library");
        searches.forEach((channel, histogram) -> histogram.write(out, "library_search_seconds",
                List.of("channel", channel)));
        out.single("library_metrics_dropped_series_total", "counter",
                "Request series not recorded because the series limit was reached", droppedSeries.sum());
    }

    private record RequestKey(String method, String route, int status) implements Comparable<RequestKey> {
        @Override
        public int compareTo(RequestKey other) {
            int byRoute = route.compareTo(other.route);
            if (byRoute != 0) {
                return byRoute;
            }
            int byMethod = method.compareTo(other.method);
            return byMethod != 0 ? byMethod : Integer.compare(status, other.status);
        }
    }
}
