package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that hangs, crashes or exhausts its worker fails with the reason, and the next file still extracts. */
class ExtractorIsolationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Room for the replacement worker's start-up on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(20);
    private static final int HEAP_MB = 128;

    @TempDir
    static Path dir;
    private static Extractor extractor;
    private static Path plain;

    @BeforeAll
    static void start() throws IOException {
        extractor = new Extractor(ExtractionSettings.defaults().withThreads(1).withTimeout(TIMEOUT)
                .withWorkerHeapMb(HEAP_MB).withOcr(OcrMode.OFF));
        plain = Files.writeString(dir.resolve("plain.txt"), "An ordinary report about case management.");
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void hangingParserIsStoppedAtTheTimeoutAndTheNextFileExtracts() throws IOException {
        ExtractionResult hung = extractor.extract(Files.writeString(dir.resolve("stuck.misbehave"), "hang"));

        assertThat(hung.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(hung.elapsed()).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.plus(MARGIN));
        assertNextFileExtracts();
    }

    @Test
    void workerThatDiesMidFileIsReportedCrashedAndTheNextFileExtracts() throws IOException {
        ExtractionResult crashed = extractor.extract(Files.writeString(dir.resolve("dies.misbehave"), "crash"));

        assertThat(crashed.reason()).isEqualTo(FailureReason.CRASHED);
        assertThat(crashed.detail()).contains("exited with code 42");
        assertNextFileExtracts();
    }

    @Test
    void fileThatExhaustsTheHeapIsReportedOutOfMemoryAndTheNextFileExtracts() throws IOException {
        ExtractionResult hog = extractor.extract(Files.writeString(dir.resolve("hog.misbehave"), "oom"));

        assertThat(hog.reason()).isEqualTo(FailureReason.OUT_OF_MEMORY);
        assertThat(hog.detail()).contains(HEAP_MB + " MB");
        assertNextFileExtracts();
    }

    @Test
    void workerIsReplacedAfterItsQuotaOfFiles() throws IOException {
        try (Extractor recycling = new Extractor(ExtractionSettings.defaults().withThreads(1)
                .withOcr(OcrMode.OFF).withMaxFilesPerWorker(2))) {
            for (int i = 0; i < 5; i++) {
                assertThat(recycling.extract(plain).ok()).isTrue();
            }
            assertThat(recycling.workersStarted()).isEqualTo(3);
        }
    }

    private static void assertNextFileExtracts() {
        ExtractionResult next = extractor.extract(plain);
        assertThat(next.ok()).as("%s", next).isTrue();
        assertThat(next.text().pages()).singleElement().asString().contains("case management");
    }
}
