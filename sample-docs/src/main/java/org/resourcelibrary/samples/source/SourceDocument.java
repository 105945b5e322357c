package org.resourcelibrary.samples.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed, valid source. Its body is pages for paged formats, slides for {@code pptx} and sheets for
 * {@code xlsx}; the other two lists are then empty.
 *
 * @param source the {@code NN-*.txt} file it was read from
 */
public record SourceDocument(Path source, SampleMetadata metadata, List<Page> pages, List<Slide> slides,
                             List<Sheet> sheets) {

    public SourceDocument {
        pages = List.copyOf(pages);
        slides = List.copyOf(slides);
        sheets = List.copyOf(sheets);
    }

    /** A document with a paged body. */
    public static SourceDocument paged(Path source, SampleMetadata metadata, List<Page> pages) {
        return new SourceDocument(source, metadata, pages, List.of(), List.of());
    }
}
