package org.resourcelibrary.samples.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.manifest.SampleManifestRow;
import org.resourcelibrary.samples.manifest.ManifestWriter;
import org.resourcelibrary.samples.render.Renderers;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.EmbeddedProperties;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.SampleMetadata;
import org.resourcelibrary.samples.source.SourceDocument;

/**
 * Writes records as files for ingest benchmarks: plain text, and every {@value #HTML_EVERY}th document as
 * HTML, in folders of {@value #FILES_PER_FOLDER}, with a {@code manifest.csv} in the sample manifest's format.
 */
public final class CorpusFiles {

    static final int HTML_EVERY = 5;
    static final int FILES_PER_FOLDER = 1000;
    static final String MANIFEST = "manifest.csv";

    private final SyntheticCorpus corpus;
    private final Vocabulary vocabulary;
    private final Renderers renderers = Renderers.standard();

    public CorpusFiles(SyntheticCorpus corpus, Vocabulary vocabulary) {
        this.corpus = corpus;
        this.vocabulary = vocabulary;
    }

    /** Writes the first {@code count} records under {@code dir}, and {@code dir/manifest.csv}. */
    public void write(long count, Path dir) throws IOException {
        List<SampleManifestRow> rows = new ArrayList<>();
        long[] index = {0};
        corpus.forEachOrdered(count, record -> {
            Format format = index[0] % HTML_EVERY == HTML_EVERY - 1 ? Format.HTML : Format.TXT;
            String file = String.format("%03d/%s.%s", index[0] / FILES_PER_FOLDER, record.id(), format.extension());
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, renderers.of(format).render(document(record, file, format)));
            rows.add(new SampleManifestRow(file, record.title(), record.countries(), record.topics(), record.type(),
                    record.language(), record.year(), record.organization(), null));
            index[0]++;
        });
        try (Writer out = Files.newBufferedWriter(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            new ManifestWriter(vocabulary).write(out, rows);
        }
    }

    /** The record as a source document: its title as a heading, then its pages of paragraphs. */
    private static SourceDocument document(CorpusRecord record, String file, Format format) {
        SampleMetadata metadata = new SampleMetadata(file, format, record.language(), record.title(),
                record.countries(), record.topics(), record.type(), record.year(), record.organization(), true,
                new EmbeddedProperties(record.title(), record.organization(), LocalDate.of(record.year(), 1, 1), null),
                null);
        List<Page> pages = new ArrayList<>();
        for (String text : record.pages()) {
            List<Block> blocks = new ArrayList<>();
            if (pages.isEmpty()) {
                blocks.add(new Block.Heading(1, record.title()));
            }
            for (String paragraph : text.split("\n\n")) {
                blocks.add(new Block.Paragraph(RichText.plain(paragraph)));
            }
            pages.add(new Page(blocks));
        }
        return SourceDocument.paged(Path.of(file), metadata, pages);
    }
}
