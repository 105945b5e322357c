package org.resourcelibrary.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuesTest {

    @Test
    void countryLabelsAreCuesInEachLabelLanguage() {
        assertThat(Cues.standard().countryNames())
                .contains(new Cue("ZM", "en", 1, "Zambia"), new Cue("ZM", "fr", 1, "Zambie"),
                        new Cue("BR", "pt", 1, "Brasil"), new Cue("MX", "es", 1, "México"));
    }

    @Test
    void listedAdjectivesAndShortFormsAreCues() {
        assertThat(Cues.standard().countryNames())
                .contains(new Cue("SN", "fr", 1, "sénégalais"), new Cue("CD", "en", 1, "DRC"),
                        new Cue("MZ", "pt", 1, "moçambicano"), new Cue("CI", "en", 1, "Ivory Coast"));
    }

    @Test
    void aListedPhraseReplacesTheLabelWithTheSameWords() {
        // The JDK's Spanish label for Congo-Brazzaville is a bare "Congo", which the data marks ambiguous.
        assertThat(Cues.standard().countryNames())
                .doesNotContain(new Cue("CG", "es", 1, "Congo"))
                .contains(new Cue(Cues.NOT_A_MENTION, Cues.ANY_LANGUAGE, 0, "Congo"));
    }

    @Test
    void labelsWithParenthesesOrAmpersandsGiveEachName() {
        assertThat(Cues.variants("Myanmar (Burma)", "en")).containsExactly("Myanmar", "Burma");
        assertThat(Cues.variants("Bosnia & Herzegovina", "en")).contains("Bosnia and Herzegovina");
        assertThat(Cues.variants("Trinidad & Tobago", "fr")).contains("Trinidad et Tobago");
        assertThat(Cues.variants("St. Lucia", "en")).contains("Saint Lucia");
    }

    @Test
    void aFileInTheOverrideFolderReplacesTheShippedOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Cues.TOPIC_FILE), "# code\tlanguage\tweight\tphrases\n"
                + "supervision\ten\t2\tcoaching session|mentor\n");

        Cues cues = Cues.load(Vocabulary.standard(), folder);

        assertThat(cues.topics()).containsExactly(new Cue("supervision", "en", 2, "coaching session"),
                new Cue("supervision", "en", 2, "mentor"));
        assertThat(cues.types()).isEqualTo(Cues.standard().types());
    }

    @Test
    void anUnknownCodeIsRefusedWithItsFileAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Cues.TYPE_FILE), "# types\nbrochure\ten\t1\tbrochure\n");

        assertThatThrownBy(() -> Cues.load(Vocabulary.standard(), folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type-cues.tsv line 2").hasMessageContaining("unknown code brochure");
    }

    @Test
    void aWeightThatIsNotANumberIsRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Cues.COUNTRY_FILE), "ZM\ten\theavy\tZambian\n");

        assertThatThrownBy(() -> Cues.load(Vocabulary.standard(), folder))
                .hasMessageContaining("country-names.tsv line 1").hasMessageContaining("weight");
    }

    @Test
    void aLanguageOutsideTheLabelLanguagesIsRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Cues.TOPIC_FILE), "advocacy\tde\t1\tFürsprache\n");

        assertThatThrownBy(() -> Cues.load(Vocabulary.standard(), folder))
                .hasMessageContaining("topic-cues.tsv line 1").hasMessageContaining("language");
    }
}
