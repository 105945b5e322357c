package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.indexer.ingest.TestLibrary.write;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.extract.ExtractionSettings;

/**
 * An ingest stopped from outside (what Ctrl-C does through {@code IngestCommand}): once the first document is
 * done, the stop is requested and the workers killed; the rest is left for the next run.
 */
class IngestStopTest {

    private static final int FILES = 6;
    /** One file at a time, so that the stop finds files not started. */
    private static final int THREADS = 1;

    @TempDir
    Path dir;
    private Path folder;
    private DataDirectory data;
    private IngestRequest request;

    @BeforeEach
    void folderOfDocuments() throws Exception {
        folder = dir.resolve("source");
        for (int i = 0; i < FILES; i++) {
            write(folder.resolve("report-" + i + ".txt"),
                    "Report " + i + " on the social service workforce of Zambia.");
        }
        data = new DataDirectory(dir.resolve("data"));
        request = IngestRequest.of(List.of(SourceRoot.of(folder)), null, null, false);
    }

    @Test
    void aStoppedRunCommitsWhatIsDoneReportsTheRestSkippedAndLeavesNoWorker() throws Exception {
        IngestStop stop = new IngestStop();
        List<ProcessHandle> workers;
        IngestReport report;
        try (ExtractionWorkers extraction = workers();
             LuceneLibrary library = LuceneLibrary.open(data.index(), Vocabulary.standard())) {
            report = pipeline(library, extraction).run(request, new IngestListener() {
                @Override
                public void done(IngestItem item) {
                    stop.request();
                    extraction.stopNow();
                }
            }, stop);
            workers = ProcessHandle.current().descendants().toList();
        }

        assertThat(report.interrupted()).isTrue();
        assertThat(report.indexed()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(FILES - 1);
        assertThat(report.items()).filteredOn(item -> item.status() == ItemStatus.SKIPPED)
                .allSatisfy(item -> assertThat(item.reason()).isEqualTo(IngestStop.REASON));
        assertThat(workers).as("worker processes alive after the stop").noneMatch(ProcessHandle::isAlive);
        try (LuceneLibrary committed = LuceneLibrary.openReadOnly(data.index(), Vocabulary.standard())) {
            assertThat(committed.count()).isEqualTo(1);
        }
    }

    @Test
    void theNextRunDoesTheFilesAStoppedRunDidNotReach() throws Exception {
        IngestStop stop = new IngestStop();
        stop.request();
        IngestReport stopped = run(stop);

        IngestReport next = run(new IngestStop());

        assertThat(stopped.skipped()).isEqualTo(FILES);
        assertThat(next.interrupted()).isFalse();
        assertThat(next.indexed()).isEqualTo(FILES);
        assertThat(IntStream.range(0, FILES).mapToObj(i -> "report-" + i + ".txt"))
                .allSatisfy(path -> assertThat(TestLibrary.item(next, path).status()).isEqualTo(ItemStatus.INDEXED));
    }

    private IngestReport run(IngestStop stop) throws Exception {
        try (ExtractionWorkers extraction = workers();
             LuceneLibrary library = LuceneLibrary.open(data.index(), Vocabulary.standard())) {
            return pipeline(library, extraction).run(request, IngestListener.NONE, stop);
        }
    }

    private static ExtractionWorkers workers() {
        return new ExtractionWorkers(ExtractionSettings.defaults().withThreads(THREADS));
    }

    private IngestPipeline pipeline(LuceneLibrary library, ExtractionWorkers extraction) {
        return new IngestPipeline(library, data, IngestSettings.defaults().withThreads(THREADS), extraction);
    }
}
