package org.resourcelibrary.web;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.ManifestException;
import org.resourcelibrary.indexer.enrich.MetadataForm;
import org.resourcelibrary.indexer.ingest.ExtractionWorkers;
import org.resourcelibrary.indexer.ingest.IngestListener;
import org.resourcelibrary.indexer.ingest.IngestPipeline;
import org.resourcelibrary.indexer.ingest.IngestReport;
import org.resourcelibrary.indexer.ingest.IngestRequest;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.ReportArchive;
import org.resourcelibrary.indexer.ingest.SourceRoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --demo}: an empty library gets the sample library ({@code sample-docs/library} with
 * {@code sample-docs/manifest.csv}) through the real ingest pipeline before serving, so there is something to
 * search at once.
 */
final class DemoLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLibrary.class);
    static final String SAMPLE_DOCS = "sample-docs";

    private DemoLibrary() {
    }

    /**
     * The sample-docs folder: under the working directory (or one of its parents), or beside the packaged jar.
     */
    static Optional<Path> locate(Path workingDirectory) {
        List<Path> candidates = new ArrayList<>();
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve(SAMPLE_DOCS));
        }
        jarFolder().ifPresent(folder -> {
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve(SAMPLE_DOCS));
            }
        });
        return candidates.stream().filter(dir -> Files.isDirectory(dir.resolve("library"))
                && Files.isRegularFile(dir.resolve("manifest.csv"))).findFirst();
    }

    /** Ingests the sample library when {@code library} is empty; returns the report, or empty when not needed. */
    static Optional<IngestReport> ingestIfEmpty(Library library, DataDirectory data, Path sampleDocs,
                                                IngestSettings settings)
            throws IOException, InterruptedException, ManifestException {
        if (library.count() > 0) {
            LOG.info("demo: the library already has {} documents; nothing to ingest", library.count());
            return Optional.empty();
        }
        Path folder = sampleDocs.resolve("library").toAbsolutePath().normalize();
        Path manifestFile = sampleDocs.resolve("manifest.csv").toAbsolutePath().normalize();
        LOG.info("demo: ingesting the sample library {} with {}", folder, manifestFile);
        Manifest manifest = Manifest.read(manifestFile, List.of(folder), MetadataForm.standard());
        IngestReport report;
        try (ExtractionWorkers extraction = new ExtractionWorkers(settings.extraction())) {
            report = new IngestPipeline(library, data, settings, extraction).run(
                    IngestRequest.of(List.of(SourceRoot.of(folder)), manifest, manifestFile, false),
                    IngestListener.NONE);
        }
        new ReportArchive(data).save(report);
        LOG.info("demo: {} files: {} indexed, {} duplicates, {} failed in {} ms", report.files(), report.indexed(),
                report.duplicates(), report.failed(), report.elapsedMs());
        return Optional.of(report);
    }

    private static Optional<Path> jarFolder() {
        try {
            Path code = Path.of(DemoLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(code.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
