package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.MetadataForm;
import org.resourcelibrary.indexer.extract.ExtractionSettings;

/**
 * The sample library ingested with its manifest through the real pipeline, once per test JVM and shared by
 * the tests that read it (ingesting it takes as long as extracting 73 files, two of them by OCR).
 */
final class IngestedSampleLibrary {

    private static final int THREADS = 2;
    private static IngestedSampleLibrary instance;

    final Path sampleDocs;
    final Manifest manifest;
    final TestLibrary library;
    final IngestReport report;

    private IngestedSampleLibrary(Path sampleDocs, Manifest manifest, TestLibrary library, IngestReport report) {
        this.sampleDocs = sampleDocs;
        this.manifest = manifest;
        this.library = library;
        this.report = report;
    }

    static synchronized IngestedSampleLibrary get() throws Exception {
        if (instance == null) {
            Path sampleDocs = repositoryRoot().resolve("sample-docs");
            Path folder = sampleDocs.resolve("library");
            Manifest manifest = Manifest.read(sampleDocs.resolve("manifest.csv"), List.of(folder),
                    MetadataForm.standard());
            Path data = Files.createTempDirectory(moduleTarget(), "sample-library-");
            ExtractionSettings extraction = ExtractionSettings.defaults().withThreads(THREADS);
            try (ExtractionWorkers workers = new ExtractionWorkers(extraction)) {
                IngestSettings settings = IngestSettings.defaults().withExtraction(extraction);
                TestLibrary library = new TestLibrary(data, workers, settings);
                IngestReport report = library.ingest(manifest, false, folder);
                System.out.printf("sample library ingest: %d files, %d indexed, %d failed, %.1f s%n", report.files(),
                        report.indexed(), report.failed(), report.elapsedMs() / 1000.0);
                instance = new IngestedSampleLibrary(sampleDocs, manifest, library, report);
            }
        }
        return instance;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("sample-docs"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no sample-docs above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Under the module's target/, so `mvn clean` removes it. */
    private static Path moduleTarget() {
        try {
            return Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
