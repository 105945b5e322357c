package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.extract.ExtractionSettings;
import org.resourcelibrary.indexer.extract.TestData;

/**
 * The whole Tika test corpus (encrypted, malformed and adversarial files, nested and recursive zips) through
 * the real pipeline into a real index: every file ends indexed or failed with a reason, no file outlives the
 * timeout, the run ends, and a second run has nothing to do.
 */
class TikaCorpusIngestTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WALL_TIME_LIMIT = Duration.ofMinutes(8);
    private static final int THREADS = 2;
    private static final Set<ItemStatus> FINAL = Set.of(ItemStatus.INDEXED, ItemStatus.DUPLICATE, ItemStatus.FAILED,
            ItemStatus.SKIPPED);

    @TempDir
    static Path dir;
    private static ExtractionWorkers workers;
    private static TestLibrary library;
    private static Path corpus;
    private static IngestReport report;
    private static Duration wall;

    @BeforeAll
    static void ingestTheCorpus() throws Exception {
        ExtractionSettings extraction = ExtractionSettings.defaults().withThreads(THREADS).withTimeout(TIMEOUT);
        workers = new ExtractionWorkers(extraction);
        library = new TestLibrary(dir.resolve("data"), workers, IngestSettings.defaults().withExtraction(extraction));
        corpus = TestData.shared("tika-corpus");
        long start = System.nanoTime();
        report = library.ingest(corpus);
        wall = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> outcomes = report.items().stream().collect(Collectors.groupingBy(
                item -> item.status().code() + (item.reason() == null ? "" : " (" + item.reason() + ")"),
                TreeMap::new, Collectors.counting()));
        System.out.printf("tika-corpus ingest: %d items, %s, wall %.1f s%n", report.items().size(), outcomes,
                wall.toMillis() / 1000.0);
    }

    @AfterAll
    static void stopWorkers() {
        workers.close();
    }

    @Test
    void everyCorpusFileIsIndexedOrFailsWithAReasonWithinTheTimeLimit() throws Exception {
        List<String> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.map(file -> file.getFileName().toString()).sorted().toList();
        }

        assertThat(files).allSatisfy(name -> assertThat(report.items())
                .as("items for %s", name)
                .anyMatch(item -> item.path().equals(name) || item.path().startsWith(name + "!/")));
        assertThat(report.items()).allSatisfy(item -> {
            assertThat(FINAL).contains(item.status());
            if (item.status() == ItemStatus.FAILED || item.status() == ItemStatus.SKIPPED) {
                assertThat(item.reason()).as(item.path()).isNotBlank();
            } else {
                assertThat(item.id()).as(item.path()).isNotNull();
            }
        });
        assertThat(report.indexed()).as("most of the corpus is indexed").isGreaterThan(files.size() * 3 / 4);
        assertThat(wall).isLessThan(WALL_TIME_LIMIT);
    }

    @Test
    void theIndexHoldsExactlyTheIndexedDocuments() throws Exception {
        Set<String> indexed = report.items().stream().filter(item -> item.status() == ItemStatus.INDEXED)
                .map(IngestItem::id).collect(Collectors.toSet());

        try (LuceneLibrary index = LuceneLibrary.openReadOnly(library.data().index(),
                Vocabulary.standard())) {
            assertThat(index.count()).isEqualTo(indexed.size());
            assertThat(indexed).allSatisfy(id -> assertThat(index.get(id)).as(id).isPresent());
        }
        assertThat(report.items()).filteredOn(item -> item.status() == ItemStatus.DUPLICATE)
                .allSatisfy(item -> assertThat(indexed).contains(item.id()));
    }

    @Test
    void aSecondRunOverTheUnchangedCorpusExtractsNothing() throws Exception {
        IngestReport again = library.ingest(corpus);

        assertThat(again.extracted()).isZero();
        assertThat(again.indexed()).isZero();
        assertThat(again.unchanged()).isEqualTo(report.indexed() + report.duplicates());
        assertThat(again.failed()).isEqualTo(report.failed());
        assertThat(again.files()).isEqualTo(report.files());
    }
}
