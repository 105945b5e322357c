package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** The work a document is an edition of: a librarian's key from the manifest's {@code work} column or the form. */
class WorkMetadataTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);

    @TempDir
    Path library;

    @Test
    void theManifestsWorkColumnGroupsEditions() throws Exception {
        Files.writeString(library.resolve("toolkit-en.pdf"), "content");
        Files.writeString(library.resolve("toolkit-fr.pdf"), "contenu");
        Files.writeString(library.resolve("other.pdf"), "other");

        Manifest manifest = Manifest.read(new StringReader("file,language,work\n"
                + "toolkit-en.pdf,en, case-management-toolkit \n"
                + "toolkit-fr.pdf,fr,case-management-toolkit\n"
                + "other.pdf,en,\n"), List.of(library), FORM);

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows()).extracting(row -> row.values().text(MetadataField.WORK))
                .containsExactly("case-management-toolkit", "case-management-toolkit", null);
    }

    @Test
    void theFormsWorkFieldIsRead() {
        MetadataForm.Parsed parsed = FORM.parse(Map.of("work", "case-management-toolkit"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values().text(MetadataField.WORK)).isEqualTo("case-management-toolkit");
    }
}
