package org.resourcelibrary.benchmarks.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.server.Servers;

class IngestBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void bothIngestsReadTheSameFilesAndTheRunIsReported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files"));
        for (String name : List.of("case-management-webinar-transcript.txt", "boletin-regional-2023.html")) {
            Files.copy(sampleFile(name), folder.resolve(name));
        }
        Files.writeString(folder.resolve(".hidden"), "not a document");
        assertThat(IngestBenchmark.files(folder)).hasSize(2);

        StringWriter out = new StringWriter();
        new IngestBenchmark(new PrintWriter(out)).run(folder, null, dir.resolve("work"), 1);

        assertThat(out.toString()).contains("2 files", "plain Tika loop", "library ingest", "0 failed", "ratio");
    }

    @Test
    void thePlainLoopCountsAFileItCannotParseAndGoesOn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Supervision of social workers.");
        Path bad = Files.write(dir.resolve("bad.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});

        PlainTikaLoop.Pass pass = new PlainTikaLoop().run(List.of(bad, good));

        assertThat(pass.files()).isEqualTo(2);
        assertThat(pass.failed()).isEqualTo(1);
        assertThat(pass.chars()).isGreaterThanOrEqualTo("Supervision of social workers.".length());
    }

    private static Path sampleFile(String name) {
        return Servers.repository().resolve("sample-docs/library").resolve(name);
    }
}
