package org.resourcelibrary.benchmarks.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.resourcelibrary.benchmarks.load.HttpTarget;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * Sends the synthetic corpus to Solr as JSON update batches from a few threads, then commits once: the same
 * documents our library holds, the way a client would load Solr.
 */
public final class SolrLoader {

    /** Documents per update request. */
    public static final int BATCH = 500;
    /** Longest wait for one batch or the commit. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final ComparisonCoreDocuments documents;

    public SolrLoader(String base, ComparisonCoreDocuments documents) {
        this.base = base;
        this.documents = documents;
    }

    /** Replaces the core's documents with the first {@code count} of {@code corpus}, committed. */
    public void load(SyntheticCorpus corpus, long count, int threads) throws IOException, InterruptedException {
        post("{\"delete\":{\"query\":\"*:*\"}}");
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                senders.add(pool.submit(() -> {
                    for (long start = next.getAndAdd(BATCH); start < count; start = next.getAndAdd(BATCH)) {
                        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
                        for (long i = start; i < Math.min(count, start + BATCH); i++) {
                            ResourceContent content = corpus.record(i).toResourceContent();
                            batch.add(documents.document(content));
                        }
                        post(json.writeValueAsString(batch));
                    }
                    return null;
                }));
            }
            for (Future<Void> sender : senders) {
                sender.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("loading Solr failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        post("{\"commit\":{}}");
    }

    /** Documents in the core, as of its last commit. */
    public long count() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + SolrHome.CORE + "/select?q="
                + HttpTarget.encode("*:*") + "&rows=0")).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Solr answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("response").path("numFound").asLong();
    }

    private void post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + SolrHome.CORE + "/update"))
                .timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Solr refused an update (" + response.statusCode() + "): " + response.body());
        }
    }
}
