package org.resourcelibrary.samples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.Fixtures;

class CorpusFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTextAndHtmlFilesWithAManifest() throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(7, Vocabulary.standard());
        new CorpusFiles(corpus, Vocabulary.standard()).write(10, dir);

        List<CSVRecord> manifest = Fixtures.csv(dir.resolve("manifest.csv"));
        assertThat(manifest).extracting(r -> r.get("file")).containsExactly("000/syn-0000001.txt",
                "000/syn-0000002.txt", "000/syn-0000003.txt", "000/syn-0000004.txt", "000/syn-0000005.html",
                "000/syn-0000006.txt", "000/syn-0000007.txt", "000/syn-0000008.txt", "000/syn-0000009.txt",
                "000/syn-0000010.html");
        CorpusRecord first = corpus.record(0);
        assertThat(manifest.get(0).get("title")).isEqualTo(first.title());
        assertThat(manifest.get(0).get("language")).isEqualTo(Vocabulary.standard().label(Dimension.LANGUAGE,
                first.language(), "en"));
        assertThat(Files.readString(dir.resolve("000/syn-0000001.txt"))).startsWith(first.title() + "\n===");
        assertThat(Files.readString(dir.resolve("000/syn-0000005.html"))).startsWith("<!DOCTYPE html>");
    }
}
