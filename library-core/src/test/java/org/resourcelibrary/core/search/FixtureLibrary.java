package org.resourcelibrary.core.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;

/** Search tests over the {@link Fixtures} library, opened once for each test class. */
abstract class FixtureLibrary {

    @TempDir
    static Path dir;
    static LuceneLibrary library;

    @BeforeAll
    static void open() throws IOException {
        library = Fixtures.library(dir);
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }
}
