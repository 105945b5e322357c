package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-world PDFs: text from at least 95% of those not locked by a user password, page counts as their
 * manifest says, and the locked ones reported as encrypted.
 */
class RealPdfsTest {

    private static final double MIN_SHARE_WITH_TEXT = 0.95;
    private static final int THREADS = 2;
    private static final String UNKNOWN = "?";

    /** A manifest line: {@code pages} and {@code encrypted} are "?" for files locked by a user password. */
    private record Entry(String file, String pages, String encrypted) {
        boolean userPasswordLocked() {
            return UNKNOWN.equals(pages) && UNKNOWN.equals(encrypted);
        }
    }

    private static final Map<Entry, ExtractionResult> RESULTS = new LinkedHashMap<>();
    private static Duration wall;

    @BeforeAll
    static void extractAll() throws Exception {
        Path dir = TestData.shared("real-pdfs");
        List<Entry> entries = manifest(dir.resolve("MANIFEST.tsv"));
        long start = System.nanoTime();
        try (Extractor extractor = new Extractor(ExtractionSettings.defaults().withThreads(THREADS))) {
            List<ExtractionResult> results = TestData.extractAll(extractor,
                    entries.stream().map(entry -> dir.resolve(entry.file())).toList());
            for (int i = 0; i < entries.size(); i++) {
                RESULTS.put(entries.get(i), results.get(i));
            }
        }
        wall = Duration.ofNanos(System.nanoTime() - start);
    }

    @AfterAll
    static void report() {
        long eligible = RESULTS.keySet().stream().filter(entry -> !entry.userPasswordLocked()).count();
        System.out.printf("real-pdfs: %d files, %d with text of %d eligible, %d page counts match of %d numeric,"
                + " wall %.1f s%n", RESULTS.size(), withText().size(), eligible, pageMatches(), numericPages(),
                wall.toMillis() / 1000.0);
        RESULTS.forEach((entry, result) -> {
            if (!entry.userPasswordLocked() && !hasText(result)) {
                System.out.printf("  no text: %s %s %s%n", entry.file(), result.reason(), result.detail());
            }
        });
    }

    @Test
    void atLeast95PercentOfFilesNotLockedByAUserPasswordYieldText() {
        long eligible = RESULTS.keySet().stream().filter(entry -> !entry.userPasswordLocked()).count();

        assertThat(eligible).isGreaterThan(0);
        assertThat((double) withText().size() / eligible).isGreaterThanOrEqualTo(MIN_SHARE_WITH_TEXT);
    }

    @Test
    void pageCountsMatchTheManifest() {
        RESULTS.forEach((entry, result) -> {
            if (entry.pages().matches("\\d+") && result.ok()) {
                assertThat(result.text().pages()).as(entry.file()).hasSize(Integer.parseInt(entry.pages()));
            }
        });
        assertThat(pageMatches()).isEqualTo(numericPages());
    }

    @Test
    void filesLockedByAUserPasswordFailAsEncrypted() {
        List<Entry> locked = RESULTS.keySet().stream().filter(Entry::userPasswordLocked).toList();

        assertThat(locked).isNotEmpty();
        assertThat(locked).allSatisfy(entry ->
                assertThat(RESULTS.get(entry).reason()).as(entry.file()).isEqualTo(FailureReason.ENCRYPTED));
    }

    private static List<Entry> withText() {
        return RESULTS.entrySet().stream()
                .filter(e -> !e.getKey().userPasswordLocked() && hasText(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    private static boolean hasText(ExtractionResult result) {
        return result.ok() && result.text().pages().stream().anyMatch(page -> !ImageOnlyPages.blank(page));
    }

    private static long numericPages() {
        return RESULTS.keySet().stream().filter(entry -> entry.pages().matches("\\d+")).count();
    }

    private static long pageMatches() {
        return RESULTS.entrySet().stream()
                .filter(e -> e.getKey().pages().matches("\\d+") && e.getValue().ok()
                        && e.getValue().text().pages().size() == Integer.parseInt(e.getKey().pages()))
                .count();
    }

    private static List<Entry> manifest(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("file");
        int pages = header.indexOf("pages");
        int encrypted = header.indexOf("encrypted");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                .map(cells -> new Entry(cells[file], cells[pages], cells[encrypted])).toList();
    }
}
