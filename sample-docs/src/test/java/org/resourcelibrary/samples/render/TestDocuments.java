package org.resourcelibrary.samples.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.resourcelibrary.samples.source.Block;
import org.resourcelibrary.samples.source.EmbeddedProperties;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.Page;
import org.resourcelibrary.samples.source.RichText;
import org.resourcelibrary.samples.source.SampleMetadata;
import org.resourcelibrary.samples.source.SourceDocument;

/** Documents built in code, for cases the fixture sources do not cover. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** A document of one paragraph per page, without properties. */
    static SourceDocument paged(Format format, String... pageTexts) {
        SampleMetadata metadata = new SampleMetadata("test." + format.extension(), format, "en", "Test",
                List.of(), List.of("advocacy"), "report", 2020, "Org", false, EmbeddedProperties.NONE,
                null);
        List<Page> pages = Arrays.stream(pageTexts)
                .map(text -> new Page(List.of(new Block.Paragraph(RichText.plain(text))))).toList();
        return SourceDocument.paged(Path.of("01-test.txt"), metadata, pages);
    }
}
