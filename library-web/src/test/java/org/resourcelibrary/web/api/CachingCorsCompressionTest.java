package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

class CachingCorsCompressionTest extends ApiTestBase {

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = app.request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return app.send(request.build());
    }

    @Test
    void the_same_search_has_the_same_etag_and_revalidates_to_a_304() {
        String etag = get("/api/search?q=supervision").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/api/search?q=supervision", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/search?q=supervision").headers().firstValue("Cache-Control"))
                .hasValue("public, no-cache");
    }

    @Test
    void a_different_search_has_a_different_etag() {
        String first = get("/api/search?q=supervision").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> other = get("/api/search?q=casos", "If-None-Match", first);

        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(first);
    }

    @Test
    void a_document_revalidates_to_a_304() {
        String path = "/api/documents/" + TestLibrary.GUIA;
        String etag = get(path).headers().firstValue("ETag").orElseThrow();

        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void json_is_gzipped_when_the_client_accepts_it() throws IOException {
        HttpResponse<byte[]> response = app.send(app.request("/api/search?size=100").header("Accept-Encoding", "gzip")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(body).startsWith("{\"total\":5");
    }

    @Test
    void a_read_endpoint_allows_any_origin_by_default() {
        HttpResponse<String> response = get("/api/search", "Origin", "https://partner.example.org");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("ETag", "Content-Range"));
    }

    @Test
    void a_preflight_allows_reading_only() {
        HttpResponse<String> response = app.send(app.request("/api/documents/" + TestLibrary.GUIA)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://partner.example.org")
                .header("Access-Control-Request-Method", "DELETE").build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void the_service_endpoints_carry_no_cors_headers() {
        HttpResponse<String> response = get("/metrics", "Origin", "https://partner.example.org");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
