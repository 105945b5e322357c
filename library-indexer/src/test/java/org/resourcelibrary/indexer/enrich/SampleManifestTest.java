package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;

class SampleManifestTest {

    @Test
    void theSampleLibrarysManifestHasNoProblems() throws Exception {
        Path sampleDocs = SampleSources.contentFolder().getParent().getParent();
        Path csv = sampleDocs.resolve("manifest.csv");
        Path library = sampleDocs.resolve("library");
        assumeTrue(Files.isRegularFile(csv) && Files.isDirectory(library), "the sample library is not generated");

        Manifest manifest = Manifest.read(csv, List.of(library), MetadataForm.standard());

        assertThat(manifest.problems()).isEmpty();
        assertThat(manifest.rows()).allSatisfy(row -> {
            assertThat(row.values().text(MetadataField.TYPE)).isNotNull();
            assertThat(row.values().text(MetadataField.LANGUAGE)).isNotNull();
            assertThat(row.values().year(MetadataField.YEAR)).isNotNull();
        });
    }
}
