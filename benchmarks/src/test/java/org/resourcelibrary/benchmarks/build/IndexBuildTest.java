package org.resourcelibrary.benchmarks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.SmallLibrary;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class IndexBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildHoldsEveryGeneratedDocumentAndMeasuresIt() throws Exception {
        BuildResult result = SmallLibrary.build(dir);

        assertThat(result.docs()).isEqualTo(SmallLibrary.DOCS);
        assertThat(result.docsPerSecond()).isPositive();
        assertThat(result.indexBytesPerDoc()).isGreaterThan(100);
        assertThat(result.peakHeapBytes()).isPositive();
        assertThat(result.cpuSeconds()).isPositive();
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(new DataDirectory(dir).index(), Vocabulary.standard())) {
            assertThat(library.count()).isEqualTo(SmallLibrary.DOCS);
        }
        assertThat(IndexBuild.SyntheticCorpusSpec.read(dir).count()).isEqualTo(SmallLibrary.DOCS);
    }

    @Test
    void aBuildRefusesALibraryThatIsNotEmpty() throws Exception {
        SmallLibrary.build(dir);

        assertThatThrownBy(() -> SmallLibrary.build(dir)).isInstanceOf(IOException.class).hasMessageContaining("not empty");
    }
}
