package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Who paid for a report: given by librarians in the manifest's {@code funder} column or the form, never inferred. */
class FunderMetadataTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);

    @TempDir
    Path library;

    @Test
    void theManifestsFunderColumnIsRead() throws Exception {
        Files.writeString(library.resolve("report.pdf"), "content");

        Manifest manifest = Manifest.read(new StringReader("file,title,funder\nreport.pdf,A report, Oak Trust \n"),
                List.of(library), FORM);

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows()).singleElement().extracting(row -> row.values().text(MetadataField.FUNDER)).isEqualTo("Oak Trust");
    }

    @Test
    void theFormsFunderFieldIsRead() {
        MetadataForm.Parsed parsed = FORM.parse(Map.of("funder", "Global Fund for Children"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values().text(MetadataField.FUNDER)).isEqualTo("Global Fund for Children");
    }

    @Test
    void aFunderNamedInTheTextIsNotInferred() {
        String text = "Case management in Zambia\nThis report was funded by the Oak Trust and the Global Fund.";
        ExtractedText extracted = new ExtractedText("0".repeat(64), TestDocuments.PDF, List.of(text), true,
                Map.of(), false, null);

        ResourceMetadata metadata = new MetadataEnricher(TestDocuments.cues(), List.of("Oak Trust"), 2025)
                .enrich("report.pdf", "report.pdf", extracted, null, null);

        assertThat(metadata.values().text(MetadataField.FUNDER)).isNull();
        assertThat(metadata.source(MetadataField.FUNDER)).isEmpty();
    }
}
