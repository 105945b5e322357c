package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;

/** Every librarian endpoint refuses a request without a valid bearer token, and says why. */
class LibrarianAuthTest extends ApiTestBase {

    static final String WRONG = "wrong-token-0123456789abcdef";

    /** A request to one librarian endpoint, with the Authorization header given (or none). */
    record Endpoint(String method, String path) {
        HttpRequest request(RunningApp app, String authorization) {
            HttpRequest.Builder builder = app.request(path);
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            if (method.equals("POST")) {
                Multipart form = new Multipart().file("file", "a.txt", "text/plain", "text".getBytes());
                return builder.header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build();
            }
            if (method.equals("PATCH")) {
                return builder.header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")).build();
            }
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(new Endpoint("POST", "/api/documents"),
                new Endpoint("PATCH", "/api/documents/" + TestLibrary.GUIA),
                new Endpoint("DELETE", "/api/documents/" + TestLibrary.GUIA),
                new Endpoint("POST", "/api/ingest-jobs"),
                new Endpoint("GET", "/api/ingest-jobs"),
                new Endpoint("GET", "/api/ingest-jobs/some-job"),
                new Endpoint("GET", "/api/ingest-reports"),
                new Endpoint("GET", "/api/ingest-reports/ingest-20260101T000000.000Z.json"));
    }

    /** The application over the shared library with its own record of failures, so tests do not throttle each other. */
    static RunningApp fresh() {
        return RunningApp.start(library.services(WebSettings.defaults(), access()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void no_token_is_a_401_with_a_bearer_challenge(Endpoint endpoint) {
        HttpResponse<String> response = app.send(endpoint.request(app, null));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(LibrarianAuth.CHALLENGE);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_malformed_authorization_is_a_401(Endpoint endpoint) {
        for (String header : List.of("Basic dXNlcjpwYXNz", "Bearer", "Bearer   ", TOKEN)) {
            HttpResponse<String> response = app.send(endpoint.request(app, header));

            assertThat(response.statusCode()).as(header).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_wrong_token_is_a_403_that_never_echoes_it(Endpoint endpoint) {
        try (RunningApp fresh = fresh()) {
            HttpResponse<String> response = fresh.send(endpoint.request(fresh, "Bearer " + WRONG));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain(WRONG);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void repeated_failures_are_throttled_with_retry_after(Endpoint endpoint) {
        try (RunningApp fresh = fresh()) {
            for (int i = 0; i < FailedAttempts.FREE_FAILURES + 1; i++) {
                assertThat(fresh.send(endpoint.request(fresh, "Bearer " + WRONG)).statusCode()).isEqualTo(403);
            }

            HttpResponse<String> response = fresh.send(endpoint.request(fresh, "Bearer " + TOKEN));

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        }
    }

    @Test
    void the_scheme_is_case_insensitive() {
        HttpResponse<String> response = app.send(app.request("/api/ingest-jobs").header("Authorization",
                "bearer " + TOKEN).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_removed_from_the_file_is_refused_at_once() throws IOException {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, TOKEN + "\n");
        LibrarianAccess fromFile = new LibrarianAccess(AccessTokens.of(List.of(), file), new FailedAttempts());
        try (RunningApp served = RunningApp.start(library.services(WebSettings.defaults(), fromFile))) {
            HttpRequest request = served.request("/api/ingest-reports").header("Authorization", "Bearer " + TOKEN)
                    .GET().build();
            assertThat(served.send(request).statusCode()).isEqualTo(200);

            Files.writeString(file, "# revoked\n");
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                    Files.getLastModifiedTime(file).toInstant().plusSeconds(1)));

            assertThat(served.send(request).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void without_configured_tokens_the_librarian_endpoints_are_closed() {
        try (RunningApp closed = RunningApp.start(library.services())) {
            HttpResponse<String> response = closed.send(closed.request("/api/ingest-jobs")
                    .header("Authorization", "Bearer " + TOKEN).GET().build());

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("detail").asText()).contains("no librarian tokens are configured");
        }
    }

    @Test
    void librarian_endpoints_get_no_cors_headers() {
        HttpResponse<String> response = app.send(app.request("/api/ingest-jobs").header("Authorization",
                "Bearer " + TOKEN).header("Origin", "https://elsewhere.example").GET().build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
