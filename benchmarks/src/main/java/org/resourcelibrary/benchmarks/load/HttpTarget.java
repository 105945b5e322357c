package org.resourcelibrary.benchmarks.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.resourcelibrary.benchmarks.mix.QuerySpec;

/**
 * A server answering the mix over HTTP on loopback: each query becomes a GET, the whole response is read, and
 * its total is the first number under {@code totalField} in the JSON ({@code total} for ours, {@code numFound}
 * for Solr). The same client (HTTP/1.1, kept-alive connections) for every server.
 */
public final class HttpTarget implements Target {

    /** Longest wait for one answer before it counts as an error. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The name of our server's target. */
    public static final String LIBRARY = "library HTTP";
    private static final JsonFactory JSON = new JsonFactory();

    private final String name;
    private final HttpClient client;
    private final Function<QuerySpec, URI> uri;
    private final String totalField;
    private final long pid;

    /** @param pid the server's process */
    public HttpTarget(String name, long pid, Function<QuerySpec, URI> uri, String totalField) {
        this.name = name;
        this.pid = pid;
        this.uri = uri;
        this.totalField = totalField;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build();
    }

    /** Our {@code GET /api/search} at {@code base} (e.g. {@code http://127.0.0.1:7070}). */
    public static HttpTarget library(String base, long pid) {
        return new HttpTarget(LIBRARY, pid, query -> URI.create(base + "/api/search?" + searchParameters(query)),
                "total");
    }

    /** The API's query string for a query of the mix. */
    public static String searchParameters(QuerySpec query) {
        StringBuilder q = new StringBuilder("q=").append(encode(query.text())).append("&expand=").append(query.expand());
        for (Map.Entry<org.resourcelibrary.core.search.Dimension, List<String>> filter : query.filters().entrySet()) {
            for (String value : filter.getValue()) {
                q.append('&').append(filter.getKey().param()).append('=').append(encode(value));
            }
        }
        return q.append("&sort=").append(query.sort().param()).append("&page=").append(query.page())
                .append("&size=").append(query.size()).toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public long answer(QuerySpec query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.apply(query)).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(name + " answered " + response.statusCode() + " to " + request.uri() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return firstNumber(response.body(), totalField);
    }

    /** The first number named {@code field} anywhere in a JSON document. */
    static long firstNumber(byte[] json, String field) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals(field)
                        && parser.nextToken().isNumeric()) {
                    return parser.getLongValue();
                }
            }
        }
        throw new IOException("no number named " + field + " in the answer");
    }
}
