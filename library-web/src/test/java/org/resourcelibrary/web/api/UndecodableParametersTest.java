package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RunningApp;

/**
 * A parameter that is not valid percent-encoding is a 400 naming it, at the API and on the page alike (never
 * the first page of everything). Sent over a plain socket: an HTTP client refuses to send such a URL at all.
 */
class UndecodableParametersTest extends ApiTestBase {

    /** The raw response to a GET of {@code target}, sent exactly as written. */
    private static String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.uri("/").getPort())) {
            socket.setSoTimeout((int) RunningApp.TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBrokenCursorIsAProblemNamingIt() throws IOException {
        String response = rawGet("/api/search?cursor=%%%");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"parameter\":\"cursor\"").contains("cursor cannot be decoded");
    }

    @Test
    void brokenEncodingOnTheSearchPageIsA400PageNamingIt() throws IOException {
        String response = rawGet("/?q=50%+off");

        assertThat(response).startsWith("HTTP/1.1 400").contains("q cannot be decoded");
    }

    @Test
    void brokenEncodingOfAnotherEndpointsParameterIsAProblemToo() throws IOException {
        String response = rawGet("/api/suggest?q=%E");

        assertThat(response).startsWith("HTTP/1.1 400").contains("\"parameter\":\"q\"");
    }
}
