package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.extract.ExtractionSettings;

/** The warm-up a server asks for as it starts: done before the first upload, and never after the librarian closed. */
class LibrarianWarmUpTest {

    @TempDir
    Path dir;

    private Librarian librarian(LuceneLibrary library, DataDirectory data) {
        return new Librarian(library, data, new IngestSettings(ExtractionSettings.defaults().withThreads(1),
                IngestSettings.DEFAULT_COMMIT_EVERY));
    }

    @Test
    void aNewLibrarianLeavesTheStartToItsFirstUploadUntilWarmedUp() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        try (LuceneLibrary library = LuceneLibrary.open(data.index(), Vocabulary.standard());
             Librarian librarian = librarian(library, data)) {
            assertThat(librarian.warm()).isFalse();

            librarian.warmUp();

            assertThat(librarian.warm()).isTrue();
        }
    }

    @Test
    void aWarmUpAfterTheLibrarianClosedStartsNoWorker() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        try (LuceneLibrary library = LuceneLibrary.open(data.index(), Vocabulary.standard())) {
            Librarian librarian = librarian(library, data);
            librarian.close();

            assertThatThrownBy(librarian::warmUp).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("stopped");
            assertThat(librarian.warm()).isFalse();
        }
    }
}
