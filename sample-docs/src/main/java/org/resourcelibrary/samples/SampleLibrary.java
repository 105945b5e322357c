package org.resourcelibrary.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.manifest.Judgments;
import org.resourcelibrary.samples.manifest.SampleManifestRow;
import org.resourcelibrary.samples.manifest.ManifestWriter;
import org.resourcelibrary.samples.manifest.TruthWriter;
import org.resourcelibrary.samples.render.Renderers;
import org.resourcelibrary.samples.source.SampleMetadata;
import org.resourcelibrary.samples.source.SourceDocument;
import org.resourcelibrary.samples.source.SourceException;
import org.resourcelibrary.samples.source.SourceParser;

/**
 * Generates the sample library from its sources. A source that fails to parse or render is reported and
 * the others are still generated; files of the library that no source produces any more are removed only
 * when every source succeeded, so a broken source never costs its last good file. Beside the files it writes
 * the librarian's manifest, the ground truth and, when the multilingual queries exist, their judgments.
 */
public final class SampleLibrary {

    private static final String SOURCE_GLOB = "[0-9][0-9]-*.txt";

    private final SourceParser parser;
    private final Renderers renderers;
    private final Vocabulary vocabulary;

    public SampleLibrary(Vocabulary vocabulary) {
        this.parser = new SourceParser(vocabulary);
        this.renderers = Renderers.standard();
        this.vocabulary = vocabulary;
    }

    public GenerationReport generate(LibraryLayout layout) throws IOException {
        List<String> failures = new ArrayList<>();
        List<SourceDocument> documents = parseAll(layout.content(), failures);
        Files.createDirectories(layout.library());
        List<String> written = new ArrayList<>();
        List<SampleMetadata> rendered = new ArrayList<>();
        for (SourceDocument document : documents) {
            String file = document.metadata().file();
            try {
                byte[] bytes = renderers.of(document.metadata().format()).render(document);
                Files.write(layout.library().resolve(file), bytes);
                written.add(file);
                rendered.add(document.metadata());
            } catch (IOException | RuntimeException e) {
                failures.add(document.source().getFileName() + ": cannot render " + file + ": " + e);
            }
        }
        if (failures.isEmpty()) {
            removeStale(layout.library(), new TreeSet<>(written));
        }
        rendered.sort(Comparator.comparing(SampleMetadata::file));
        List<SampleManifestRow> rows = rendered.stream().filter(SampleMetadata::inManifest)
                .map(SampleManifestRow::of).toList();
        try (Writer out = writer(layout.manifest())) {
            new ManifestWriter(vocabulary).write(out, rows);
        }
        try (Writer out = writer(layout.truth())) {
            new TruthWriter().write(out, rendered);
        }
        if (Files.isRegularFile(layout.queries())) {
            List<Judgments.Query> queries = Judgments.queries(Files.readAllLines(layout.queries(),
                    StandardCharsets.UTF_8));
            try (Writer out = writer(layout.qrels())) {
                new Judgments().write(out, queries, rendered);
            }
        }
        return new GenerationReport(written, rows.size(), failures);
    }

    private List<SourceDocument> parseAll(Path content, List<String> failures) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(content, SOURCE_GLOB)) {
            dir.forEach(sources::add);
        }
        sources.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, Path> byFile = new HashMap<>();
        for (Path source : sources) {
            try {
                SourceDocument document = parser.parse(source);
                Path first = byFile.putIfAbsent(document.metadata().file(), source);
                if (first != null) {
                    throw new SourceException(source, 0, "file name " + document.metadata().file()
                            + " is already used by " + first.getFileName());
                }
                documents.add(document);
            } catch (SourceException e) {
                failures.add(e.getMessage());
            } catch (IOException e) {
                failures.add(source.getFileName() + ": cannot read: " + e.getMessage());
            }
        }
        return documents;
    }

    private static void removeStale(Path library, Set<String> keep) throws IOException {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(library)) {
            for (Path file : dir) {
                if (Files.isRegularFile(file) && !keep.contains(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Writer writer(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
