package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The adversarial files of the Tika test corpus (malformed, fuzzed, built to exhaust memory or loop) are each
 * accounted for by the extractor: extracted, or failed with a reason; no file outlives the timeout, and the
 * run ends. The whole corpus goes through the ingest pipeline in {@code TikaCorpusIngestTest}.
 */
class TikaCorpusSweepTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Room for a replacement worker's start-up on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Duration WALL_TIME_LIMIT = Duration.ofMinutes(3);
    private static final int THREADS = 2;
    private static final String ADVERSARIAL = "malformed";

    @Test
    void everyAdversarialFileIsExtractedOrFailsWithAReasonWithinTheTimeout() throws Exception {
        Path corpus = TestData.shared("tika-corpus");
        List<Path> files = Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(line -> line.split("\t")).filter(cells -> cells.length > 1 && ADVERSARIAL.equals(cells[1]))
                .map(cells -> corpus.resolve(cells[0])).sorted().toList();
        assertThat(files).isNotEmpty();
        long start = System.nanoTime();
        List<ExtractionResult> results;
        try (Extractor extractor = new Extractor(ExtractionSettings.defaults().withThreads(THREADS)
                .withTimeout(TIMEOUT))) {
            results = TestData.extractAll(extractor, files);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        report(files, results, wall);

        assertThat(results).hasSameSizeAs(files).allSatisfy(result -> {
            assertThat(result.ok() || result.reason() != null).isTrue();
            assertThat(result.elapsed()).isLessThan(TIMEOUT.plus(MARGIN));
        });
        assertThat(wall).isLessThan(WALL_TIME_LIMIT);
    }

    private static void report(List<Path> files, List<ExtractionResult> results, Duration wall) {
        Map<String, Long> byOutcome = results.stream().collect(Collectors.groupingBy(
                result -> result.ok() ? "ok" : result.reason().code(), TreeMap::new, Collectors.counting()));
        StringBuilder failures = new StringBuilder();
        Duration slowest = Duration.ZERO;
        for (int i = 0; i < files.size(); i++) {
            ExtractionResult result = results.get(i);
            slowest = result.elapsed().compareTo(slowest) > 0 ? result.elapsed() : slowest;
            if (!result.ok()) {
                failures.append(String.format("  %-55s %-14s %s%n", files.get(i).getFileName(),
                        result.reason().code(), abbreviate(result.detail())));
            }
        }
        System.out.printf("tika-corpus adversarial sweep: %d files, %s, wall %.1f s, slowest file %.1f s%n%s",
                files.size(), byOutcome, wall.toMillis() / 1000.0, slowest.toMillis() / 1000.0, failures);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
