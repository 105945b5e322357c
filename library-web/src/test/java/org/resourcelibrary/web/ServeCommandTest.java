package org.resourcelibrary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import picocli.CommandLine;

class ServeCommandTest {

    static final String TOKEN = "serve-test-token-0123456789";

    @TempDir
    Path dir;

    record Outcome(int exitCode, String err) {
    }

    static Outcome run(Map<String, String> environment, String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new ServeCommand(environment));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Outcome(exitCode, err.toString());
    }

    @Test
    void a_bad_environment_setting_stops_it_with_exit_2_naming_the_variable() {
        Outcome outcome = run(Map.of("LIBRARY_PORT", "seventy"), "--data", dir.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("LIBRARY_PORT");
    }

    @Test
    void a_bad_flag_stops_it_with_exit_2() {
        assertThat(run(Map.of(), "--data", dir.toString(), "--cors-origins", "not an origin").exitCode())
                .isEqualTo(2);
        assertThat(run(Map.of(), "--data", dir.toString(), "--port", "70000").exitCode()).isEqualTo(2);
        assertThat(run(Map.of(), "--data", dir.toString(), "--max-upload-mb", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void a_weak_token_stops_it_with_exit_2_without_printing_the_token() {
        Outcome outcome = run(Map.of("LIBRARY_TOKENS", "hunter2"), "--data", dir.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("LIBRARY_TOKENS").doesNotContain("hunter2");
    }

    @Test
    void a_missing_tokens_file_stops_it_with_exit_2() {
        Outcome outcome = run(Map.of(), "--data", dir.toString(), "--tokens", dir.resolve("none.txt").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("none.txt");
    }

    @Test
    void flags_override_the_environment_which_overrides_the_defaults() throws Exception {
        ServeCommand command = new ServeCommand(Map.of("LIBRARY_DATA", dir.resolve("from-env").toString(),
                "LIBRARY_PORT", "1", "LIBRARY_MAX_UPLOAD_MB", "5"));
        new CommandLine(command).parseArgs("--port", "0");

        try (LibraryServer server = command.start()) {
            assertThat(server.port()).isPositive().isNotEqualTo(1);
            assertThat(dir.resolve("from-env/index")).isDirectory();
        }
    }

    @Test
    void sigterm_stops_the_server_and_commits_and_closes_the_library() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("serve.log");
        ServeProcess node = ServeProcess.start(log, Map.of(), "--data", data.toString(), "--port", "0");
        try {
            int port = node.awaitPort();
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/ready")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);

            node.process().destroy();

            assertThat(node.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        } finally {
            node.process().destroyForcibly();
        }
        assertThat(Files.readString(log)).contains("stopped: the library is committed and closed");
        try (LuceneLibrary reopened = LuceneLibrary.open(data.resolve("index"), Vocabulary.standard())) {
            assertThat(reopened.count()).isZero();
        }
    }
}
