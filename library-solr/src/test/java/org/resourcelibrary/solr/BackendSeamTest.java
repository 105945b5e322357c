package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Solr backend stands on the backend-neutral core only: nothing in its sources names the embedded index's
 * Lucene wing, so either side can change without the other.
 */
class BackendSeamTest {

    /** The embedded backend's packages ({@code core.lucene}, {@code core.lucene.query}, {@code core.lucene.search}). */
    private static final String LUCENE_WING = "org.resourcelibrary.core.lucene";
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noSourceOfTheSolrBackendNamesTheLuceneWing() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("library-solr's sources").hasSizeGreaterThan(10);
        List<String> naming = sources.stream().filter(f -> read(f).contains(LUCENE_WING))
                .map(f -> SOURCES.relativize(f).toString()).toList();
        assertThat(naming).as("sources naming " + LUCENE_WING).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
