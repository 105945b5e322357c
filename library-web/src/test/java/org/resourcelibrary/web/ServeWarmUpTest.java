package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} starts the extraction workers and loads the language model in the background as it starts: it
 * answers at once, and the first upload finds them ready instead of paying for their start.
 */
class ServeWarmUpTest {

    /** Generous: starting a worker JVM on a loaded machine; the test waits on the warm-up, never sleeps. */
    private static final long WARM_UP_TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void theServerAnswersBeforeTheWarmUpEndsAndIsWarmForTheFirstUploadAfterIt() throws Exception {
        ServeCommand command = new ServeCommand(Map.of("LIBRARY_DATA", dir.toString()));
        new CommandLine(command).parseArgs("--port", "0");

        try (LibraryServer server = command.start()) {
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);

            server.warmUp().get(WARM_UP_TIMEOUT_SECONDS, TimeUnit.SECONDS);

            assertThat(server.uploadsWarm()).isTrue();
        }
    }
}
