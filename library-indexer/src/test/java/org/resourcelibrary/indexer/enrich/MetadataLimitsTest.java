package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Limits on metadata values: refused as a librarian sends them, cut (and said so) in a manifest. */
class MetadataLimitsTest {

    private static final MetadataForm FORM = new MetadataForm(Vocabulary.standard(), TestDocuments.cues(), 2025);

    @TempDir
    Path folder;

    @Test
    void aTitleOverTheLimitIsAProblemNamingTheFieldAndTheLimit() {
        List<FieldProblem> problems = MetadataLimits.check(Map.of("title", "T".repeat(10_000)));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("title",
                "title is 10,000 characters long; the limit is " + MetadataLimits.TITLE_CHARS + " characters"));
    }

    @Test
    void valuesAtTheirLimitsPass() {
        assertThat(MetadataLimits.check(Map.of(
                "title", "T".repeat(MetadataLimits.TITLE_CHARS),
                "summary", "S".repeat(MetadataLimits.SUMMARY_CHARS),
                "organization", "O".repeat(MetadataLimits.ORGANIZATION_CHARS),
                "authors", String.join("; ", List.of("A".repeat(MetadataLimits.AUTHOR_CHARS), "B")),
                "keywords", String.join("; ", Collections.nCopies(MetadataLimits.KEYWORDS, "k")))))
                .isEmpty();
    }

    @Test
    void oneListValueOverItsLimitOrTooManyValuesAreProblems() {
        assertThat(MetadataLimits.check(Map.of("keywords", "care; " + "k".repeat(MetadataLimits.KEYWORD_CHARS + 1))))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .contains("101 characters long").contains("the limit is 100 characters per value"));
        assertThat(MetadataLimits.check(Map.of("authors", "a;".repeat(MetadataLimits.AUTHORS + 1))))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .isEqualTo("authors has 101 values; the limit is " + MetadataLimits.AUTHORS));
    }

    @Test
    void aManifestValueOverItsLimitIsCutAndTheProblemSaysSo() throws Exception {
        Files.writeString(folder.resolve("a.pdf"), "content");

        Manifest manifest = Manifest.read(new StringReader("file,title,keywords\na.pdf," + "T".repeat(10_000) + ","
                + "care;" + "k".repeat(150) + "\n"), List.of(folder), FORM);

        Metadata values = manifest.rows().get(0).values();
        assertThat(values.text(MetadataField.TITLE)).isEqualTo("T".repeat(MetadataLimits.TITLE_CHARS));
        assertThat(values.list(MetadataField.KEYWORDS)).containsExactly("care",
                "k".repeat(MetadataLimits.KEYWORD_CHARS));
        assertThat(manifest.problems()).extracting(ManifestProblem::toString).containsExactly(
                "line 2, title: title is 10,000 characters long, over the limit of 500: cut to its first 500",
                "line 2, keywords: keywords: '" + "k".repeat(40) + "…' is 150 characters long, over the limit "
                        + "of 100: cut to its first 100");
    }
}
