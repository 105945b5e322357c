package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.Manifest;

/** A data directory to ingest into with the real pipeline, and small files to ingest. */
final class TestLibrary {

    private final DataDirectory data;
    private final ExtractionWorkers workers;
    private final IngestSettings settings;

    TestLibrary(Path dataDir, ExtractionWorkers workers, IngestSettings settings) {
        this.data = new DataDirectory(dataDir);
        this.workers = workers;
        this.settings = settings;
    }

    DataDirectory data() {
        return data;
    }

    /** Ingests the roots as the command line does (orphans removed at the end). */
    IngestReport ingest(Path... roots) throws Exception {
        return ingest(null, false, roots);
    }

    IngestReport ingest(Manifest manifest, boolean dryRun, Path... roots) throws Exception {
        List<SourceRoot> sourceRoots = Arrays.stream(roots).map(SourceRoot::of).toList();
        return run(IngestRequest.of(sourceRoots, manifest, null, dryRun));
    }

    IngestReport run(IngestRequest request) throws Exception {
        try (LuceneLibrary library = open()) {
            return new IngestPipeline(library, data, settings, workers).run(request, IngestListener.NONE);
        }
    }

    LuceneLibrary open() throws IOException {
        return LuceneLibrary.open(data.index(), Vocabulary.standard());
    }

    /** The one item of the report about {@code path}. */
    static IngestItem item(IngestReport report, String path) {
        List<IngestItem> found = report.items().stream().filter(item -> item.path().equals(path)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one item for " + path + ", found " + found + " in " + report.items());
        }
        return found.get(0);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A zip of the given entries (name → bytes). */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
