package org.resourcelibrary.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.RawHttp;
import org.resourcelibrary.reliability.support.ServeProcess;

/**
 * Every librarian endpoint of a real {@code serve} process, without a token, with a wrong one and with a
 * revoked one (removed from the tokens file while the server runs): 401 or 403, the token in no response and
 * in no line the server logged (at info level); repeated failures from one address are slowed down.
 * Each refused attempt comes from its own loopback address, so that throttling does not mask the answer.
 */
class ForgedTokensTest {

    private static final String NAME = "forged-tokens";
    private static final String TOKEN = "reliability-valid-token-5be0c7a9";
    private static final String REVOKED = "reliability-revoked-token-91d2e4f6";
    private static final String WRONG = "reliability-wrong-token-03a8b6c1";
    private static final String BOUNDARY = "forged-tokens-boundary";
    private static final int GUESSES = 12;
    /** Between two looks at a condition awaited. */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration REVOCATION_DEADLINE = Duration.ofSeconds(10);
    private static final byte[] UPLOAD = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nA forged upload.\r\n--" + BOUNDARY + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/documents", "multipart/form-data; boundary=" + BOUNDARY, UPLOAD),
            new Endpoint("PATCH", "/api/documents/some-document", "application/json",
                    "{\"title\":\"Forged\"}".getBytes(StandardCharsets.UTF_8)),
            new Endpoint("DELETE", "/api/documents/some-document", null, new byte[0]),
            new Endpoint("POST", "/api/ingest-jobs", "multipart/form-data; boundary=" + BOUNDARY, UPLOAD),
            new Endpoint("GET", "/api/ingest-jobs", null, new byte[0]),
            new Endpoint("GET", "/api/ingest-jobs/some-job", null, new byte[0]),
            new Endpoint("GET", "/api/ingest-reports", null, new byte[0]),
            new Endpoint("GET", "/api/ingest-reports/some-report", null, new byte[0]));

    @TempDir
    static Path dir;
    private static Path tokens;
    private static ServeProcess server;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final List<String> ANSWERS = new ArrayList<>();

    private record Endpoint(String method, String path, String contentType, byte[] body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        tokens = Files.writeString(dir.resolve("tokens"), TOKEN + "\n" + REVOKED + "\n");
        server = ServeProcess.start(dir.resolve("data"), tokens);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyLibrarianEndpointRefusesAMissingWrongOrRevokedTokenAndNeverShowsOrLogsIt() throws Exception {
        assertThat(send(ENDPOINTS.get(4), REVOKED, freshAddress()).status()).as("before revocation").isEqualTo(200);
        Files.writeString(tokens, TOKEN + "\n");
        awaitRevoked();

        int refused = 0;
        for (Endpoint endpoint : ENDPOINTS) {
            assertThat(send(endpoint, null, freshAddress()).status()).as("%s without a token", endpoint).isEqualTo(401);
            assertThat(send(endpoint, WRONG, freshAddress()).status()).as("%s, wrong token", endpoint).isEqualTo(403);
            assertThat(send(endpoint, REVOKED, freshAddress()).status()).as("%s, revoked", endpoint).isEqualTo(403);
            refused += 3;
        }

        assertThat(String.join("\n", ANSWERS)).as("responses").doesNotContain(TOKEN, WRONG, REVOKED);
        assertThat(server.log()).as("the server logged at info level").isNotEmpty();
        assertThat(String.join("\n", server.log())).as("server log").doesNotContain(TOKEN, WRONG, REVOKED);
        Figures.print(NAME, ENDPOINTS.size() + " librarian endpoints x (no token, wrong, revoked): " + refused + "/"
                + refused + " refused 401/403; 0 tokens in " + ANSWERS.size() + " responses and "
                + server.log().size() + " log lines");
    }

    @Test
    void repeatedFailuresFromOneAddressAreSlowedDownWithoutLockingOthersOut() throws Exception {
        InetAddress guesser = freshAddress();
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int guess = 0; guess < GUESSES; guess++) {
            RawHttp.Response response = send(ENDPOINTS.get(4), WRONG + guess, guesser);
            statuses.add(response.status());
            if (response.status() == 429) {
                retryAfter = response.header("retry-after");
            }
        }
        int judged = (int) statuses.stream().filter(status -> status == 403).count();

        assertThat(statuses.subList(judged, GUESSES)).as("after the free failures").containsOnly(429);
        assertThat(judged).as("guesses judged before the block").isLessThanOrEqualTo(6);
        assertThat(retryAfter).isNotNull();
        assertThat(send(ENDPOINTS.get(4), TOKEN, guesser).status()).as("even the right token while blocked")
                .isEqualTo(429);
        assertThat(send(ENDPOINTS.get(4), TOKEN, freshAddress()).status()).as("another address").isEqualTo(200);
        Figures.print(NAME, GUESSES + " wrong tokens from one address: " + judged + " judged (403), the other "
                + (GUESSES - judged) + " refused unjudged (429, Retry-After " + retryAfter
                + " s, doubling per failure); other addresses unaffected");
    }

    private static void awaitRevoked() throws IOException, InterruptedException {
        long end = System.nanoTime() + REVOCATION_DEADLINE.toNanos();
        while (send(ENDPOINTS.get(4), REVOKED, freshAddress()).status() == 200) {
            assertThat(System.nanoTime()).as("revoked within %s", REVOCATION_DEADLINE).isLessThan(end);
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Another loopback address (127.0.x.y): to the server, another client. */
    private static InetAddress freshAddress() throws IOException {
        int n = ADDRESSES.incrementAndGet();
        return InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + n / 250), (byte) (1 + n % 250)});
    }

    private static RawHttp.Response send(Endpoint endpoint, String token, InetAddress from) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (endpoint.contentType() != null) {
            headers.put("Content-Type", endpoint.contentType());
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        try (RawHttp http = new RawHttp("127.0.0.1", server.port(), from)) {
            RawHttp.Response response = http.send(endpoint.method(), endpoint.path(), headers, endpoint.body());
            synchronized (ANSWERS) {
                ANSWERS.add(response.headers() + "\n" + response.text());
            }
            return response;
        }
    }
}
