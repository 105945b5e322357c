package org.resourcelibrary.core.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class ThesaurusFileTest {

    private static final String GOOD = ThesaurusCsv.HEADER + "\nbudget,en,prefLabel,Budget\nbudget,fr,altLabel,budget-programme\n";

    @TempDir
    Path dir;

    private ThesaurusFile open() throws IOException {
        return ThesaurusFile.open(dir.resolve("thesaurus.csv"), Vocabulary.standard(), Duration.ZERO);
    }

    /** Writes the file as an editor would, dated later than before so the change is seen. */
    private void edit(String text, int secondsLater) throws IOException {
        Path file = dir.resolve("thesaurus.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    @Test
    void aNewLibraryStartsWithACopyOfTheShippedThesaurus() throws IOException {
        ThesaurusFile file = open();

        assertThat(file.text()).isEqualTo(Thesaurus.shippedText());
        assertThat(file.current().fileConcepts()).isEqualTo(Thesaurus.standard().fileConcepts());
    }

    @Test
    void aChangedFileIsUsedWithoutARestart() throws IOException {
        ThesaurusFile file = open();

        edit(GOOD, 10);

        assertThat(file.current().concept("budget")).isPresent();
        assertThat(file.current().fileConcepts()).isEqualTo(1);
    }

    @Test
    void aBrokenFileLeavesThePreviousThesaurusInUseAndNamesTheLine() throws IOException {
        ThesaurusFile file = open();
        edit(GOOD, 10);
        file.current();

        edit(GOOD + "budget,xx,altLabel,Haushalt\n", 20);

        assertThat(file.current().concept("budget")).isPresent();
        assertThat(file.problem()).hasValueSatisfying(p -> assertThat(p).contains("line 4"));
    }

    @Test
    void aFixedFileClearsTheProblem() throws IOException {
        ThesaurusFile file = open();
        edit(GOOD + "budget,xx,altLabel,Haushalt\n", 10);
        file.current();

        edit(GOOD, 20);

        assertThat(file.problem()).isEmpty();
    }

    @Test
    void savingABadThesaurusChangesNothing() throws IOException {
        ThesaurusFile file = open();

        assertThatThrownBy(() -> file.save("nonsense")).isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("line 1");
        assertThat(file.text()).isEqualTo(Thesaurus.shippedText());
    }

    @Test
    void aSavedThesaurusIsUsedAtOnce() throws IOException {
        ThesaurusFile file = ThesaurusFile.open(dir.resolve("thesaurus.csv"), Vocabulary.standard(),
                Duration.ofDays(1));

        file.save(GOOD);

        assertThat(file.current().concept("budget")).isPresent();
        assertThat(file.text()).isEqualTo(GOOD);
    }
}
