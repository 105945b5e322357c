package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;

class StatusEndpointsTest extends ApiTestBase {

    @Test
    void health_says_up() {
        HttpResponse<String> response = app.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
    }

    @Test
    void ready_counts_the_documents_of_an_open_library() {
        HttpResponse<String> response = app.get("/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("documents").asInt()).isEqualTo(5);
    }

    @Test
    void a_closed_library_is_not_ready(@TempDir Path other) throws IOException {
        TestLibrary closed = TestLibrary.create(other);
        try (RunningApp closedApp = RunningApp.start(closed.services())) {
            closed.close();

            HttpResponse<String> response = closedApp.get("/ready");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(closedApp.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void metrics_count_requests_by_route_and_status_in_prometheus_text() {
        app.get("/api/documents/" + TestLibrary.GUIA);
        app.get("/api/documents/no-such-document");
        app.get("/api/search?q=casos");

        HttpResponse<String> response = app.get("/metrics");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(response.body())
                .contains("# TYPE library_http_requests_seconds histogram")
                .containsPattern("library_http_requests_seconds_count\\{method=\"GET\",route=\"/api/documents/\\{id\\}\","
                        + "status=\"200\"} [1-9]")
                .containsPattern("library_http_requests_seconds_count\\{method=\"GET\",route=\"/api/documents/\\{id\\}\","
                        + "status=\"404\"} [1-9]")
                .containsPattern("library_http_requests_seconds_bucket\\{method=\"GET\",route=\"/api/search\","
                        + "status=\"200\",le=\"\\+Inf\"} [1-9]")
                .containsPattern("library_search_seconds_count\\{channel=\"api\"} [1-9]")
                .contains("library_documents 5")
                .containsPattern("library_index_size_bytes [1-9]")
                .containsPattern("jvm_memory_used_bytes\\{area=\"heap\"} [1-9]");
    }

    @Test
    void unknown_paths_share_one_metrics_series() {
        app.get("/api/x1");
        app.get("/api/x2");

        assertThat(app.get("/metrics").body()).doesNotContain("/api/x1")
                .contains("route=\"unmatched\",status=\"404\"");
    }
}
