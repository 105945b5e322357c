package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.extract.ExtractionSettings;
import org.resourcelibrary.indexer.extract.FailureReason;
import org.resourcelibrary.indexer.extract.TestData;

/**
 * Real-world PDFs through the real pipeline: text from at least 95% of those not locked by a user password,
 * page counts as their manifest says, the locked ones reported as encrypted.
 */
class RealPdfsIngestTest {

    private static final double MIN_SHARE_WITH_TEXT = 0.95;
    private static final int THREADS = 2;
    /** A page with fewer non-blank characters than this has no text for a reader. */
    private static final int MIN_PAGE_CHARS = 10;
    private static final String UNKNOWN = "?";

    /** A manifest line: {@code pages} and {@code encrypted} are "?" for files locked by a user password. */
    private record Entry(String file, String pages, String encrypted) {
        boolean userPasswordLocked() {
            return UNKNOWN.equals(pages) && UNKNOWN.equals(encrypted);
        }
    }

    @TempDir
    static Path dir;
    private static List<Entry> entries;
    private static Map<String, IngestItem> items;
    private static Map<String, Boolean> hasText;

    @BeforeAll
    static void ingestAll() throws Exception {
        Path folder = TestData.shared("real-pdfs");
        entries = manifest(folder.resolve("MANIFEST.tsv"));
        ExtractionSettings extraction = ExtractionSettings.defaults().withThreads(THREADS);
        IngestReport report;
        long start = System.nanoTime();
        try (ExtractionWorkers workers = new ExtractionWorkers(extraction)) {
            TestLibrary library = new TestLibrary(dir.resolve("data"), workers,
                    IngestSettings.defaults().withExtraction(extraction));
            report = library.ingest(folder);
            items = report.items().stream().collect(Collectors.toMap(IngestItem::path, Function.identity()));
            try (LuceneLibrary index = LuceneLibrary.openReadOnly(library.data().index(), Vocabulary.standard())) {
                hasText = entries.stream().collect(Collectors.toMap(Entry::file, entry -> {
                    IngestItem item = items.get(entry.file());
                    return item.id() != null && index.pages(item.id(), Integer.MAX_VALUE).stream()
                            .anyMatch(page -> page.replaceAll("\\s", "").length() >= MIN_PAGE_CHARS);
                }));
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("real-pdfs ingest: %d files, %d with text of %d not locked, wall %.1f s%n", entries.size(),
                hasText.values().stream().filter(b -> b).count(),
                entries.stream().filter(e -> !e.userPasswordLocked()).count(), wall.toMillis() / 1000.0);
        entries.stream().filter(e -> !e.userPasswordLocked() && !hasText.get(e.file())).forEach(e -> System.out
                .printf("  no text: %s %s %s%n", e.file(), items.get(e.file()).reason(), items.get(e.file()).detail()));
    }

    @Test
    void atLeast95PercentOfFilesNotLockedByAUserPasswordYieldText() {
        List<Entry> eligible = entries.stream().filter(entry -> !entry.userPasswordLocked()).toList();
        long withText = eligible.stream().filter(entry -> hasText.get(entry.file())).count();

        assertThat(eligible).isNotEmpty();
        assertThat((double) withText / eligible.size()).isGreaterThanOrEqualTo(MIN_SHARE_WITH_TEXT);
    }

    @Test
    void pageCountsMatchTheManifest() {
        List<Entry> counted = entries.stream().filter(entry -> entry.pages().matches("\\d+")).toList();

        assertThat(counted).isNotEmpty().allSatisfy(entry -> {
            IngestItem item = items.get(entry.file());
            if (item.status() == ItemStatus.INDEXED) {
                assertThat(item.pages()).as(entry.file()).isEqualTo(Integer.parseInt(entry.pages()));
            }
        });
        assertThat(counted).filteredOn(entry -> items.get(entry.file()).status() == ItemStatus.INDEXED)
                .hasSizeGreaterThanOrEqualTo((int) Math.ceil(counted.size() * MIN_SHARE_WITH_TEXT));
    }

    @Test
    void filesLockedByAUserPasswordFailAsEncrypted() {
        List<Entry> locked = entries.stream().filter(Entry::userPasswordLocked).toList();

        assertThat(locked).isNotEmpty().allSatisfy(entry -> {
            IngestItem item = items.get(entry.file());
            assertThat(item.status()).as(entry.file()).isEqualTo(ItemStatus.FAILED);
            assertThat(item.reason()).as(entry.file()).isEqualTo(FailureReason.ENCRYPTED.code());
        });
    }

    private static List<Entry> manifest(Path tsv) throws Exception {
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = List.of(lines.get(0).split("\t"));
        int file = header.indexOf("file");
        int pages = header.indexOf("pages");
        int encrypted = header.indexOf("encrypted");
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                .map(cells -> new Entry(cells[file], cells[pages], cells[encrypted])).toList();
    }
}
