package org.resourcelibrary.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class DeterminismTest {

    @Test
    void generatingTwiceGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        generate(first);
        generate(second);

        List<Path> files = files(first);
        assertThat(files).hasSize(9 + 2);
        assertThat(files(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    private static void generate(Path module) throws IOException {
        LibraryLayout layout = new LibraryLayout(Fixtures.sources(), module.resolve("library"),
                module.resolve("manifest.csv"), module.resolve("golden/truth.csv"),
                module.resolve("golden/multilingual-queries.tsv"), module.resolve("golden/multilingual-qrels.trec"));
        assertThat(new SampleLibrary(Vocabulary.standard()).generate(layout).failures()).isEmpty();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
