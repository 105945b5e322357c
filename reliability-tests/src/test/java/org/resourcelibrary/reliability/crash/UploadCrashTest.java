package org.resourcelibrary.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.reliability.support.ChildJvm;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.Seeds;
import org.resourcelibrary.reliability.support.ServeProcess;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;

/**
 * {@code kill -9} of the server ({@code serve} in its own JVM) right after it answered 201 to an upload:
 * after a restart over the same data directory, the upload is searchable and downloads byte for byte.
 */
class UploadCrashTest {

    private static final String NAME = "upload-crash";
    private static final int TRIALS = 3;
    private static final String TOKEN = "upload-crash-librarian-token-7d1e";

    @TempDir
    Path dir;

    @Test
    void anUploadAnsweredCreatedSurvivesAKillAndIsSearchableAndDownloadableAfterRestart() throws Exception {
        Random random = Seeds.forTest(NAME);
        Path data = dir.resolve("data");
        Path tokens = Files.writeString(dir.resolve("tokens"), TOKEN + "\n");
        ServeProcess server = ServeProcess.start(data, tokens);
        try {
            for (int trial = 1; trial <= TRIALS; trial++) {
                String word = "crashproof" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                byte[] content = ("Field report " + trial + " on supervision of case workers, marked " + word
                        + ".\n").repeat(1 + random.nextInt(50)).getBytes(StandardCharsets.UTF_8);
                HttpResponse<String> created;
                try (RunningApp client = server.client()) {
                    created = client.send(new Multipart().file("file", "report-" + word + ".txt", "text/plain",
                            content).field("title", "Report " + word).post(client, "/api/documents", TOKEN));
                }
                assertThat(created.statusCode()).as("trial %d upload: %s", trial, created.body()).isEqualTo(201);
                String id = Json.mapper().readTree(created.body()).get("document").get("id").asText();

                assertThat(server.kill()).as("killed by SIGKILL").isEqualTo(ChildJvm.KILLED);
                server = ServeProcess.start(data, tokens);

                assertSearchableAndDownloadable(server, word, id, content);
            }
        } finally {
            server.close();
        }
        Figures.print(NAME, TRIALS + "/" + TRIALS + " uploads killed right after their 201 were each searchable and "
                + "downloadable byte for byte after restart");
    }

    private static void assertSearchableAndDownloadable(ServeProcess server, String word, String id, byte[] content)
            throws IOException {
        try (RunningApp client = server.client()) {
            HttpResponse<String> search = client.get("/api/search?q=" + word);
            assertThat(search.statusCode()).isEqualTo(200);
            JsonNode hits = Json.mapper().readTree(search.body()).get("hits");
            assertThat(hits).as("hits for %s", word).hasSize(1);
            assertThat(hits.get(0).get("id").asText()).isEqualTo(id);
            HttpResponse<byte[]> file = client.send(client.request("/api/documents/" + id + "/file").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(content);
        }
    }
}
