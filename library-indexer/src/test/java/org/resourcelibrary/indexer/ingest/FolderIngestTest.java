package org.resourcelibrary.indexer.ingest;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.indexer.extract.ExtractionSettings;

/**
 * Tests that ingest a small folder into a fresh library each, sharing one pool of extraction workers per
 * class (starting worker JVMs takes seconds).
 */
abstract class FolderIngestTest {

    private static final int THREADS = 2;
    private static ExtractionWorkers workers;

    @TempDir
    Path dir;
    /** The folder to ingest; each test class writes its files into it. */
    Path folder;
    TestLibrary library;

    @BeforeAll
    static void startWorkers() {
        workers = new ExtractionWorkers(ExtractionSettings.defaults().withThreads(THREADS));
    }

    @AfterAll
    static void stopWorkers() {
        workers.close();
    }

    @BeforeEach
    void freshLibrary() {
        folder = dir.resolve("source");
        library = new TestLibrary(dir.resolve("data"), workers, IngestSettings.defaults().withThreads(THREADS));
    }
}
