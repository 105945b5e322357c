package org.resourcelibrary.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void everyCountryHasARegion() {
        assertThat(vocabulary.countryCodes()).hasSizeGreaterThan(240)
                .allSatisfy(code -> assertThat(vocabulary.regionOf(code)).isPresent());
        assertThat(vocabulary.regionOf("ZM")).contains("eastern-southern-africa");
        assertThat(vocabulary.regionOf("HT")).contains("latin-america-caribbean");
    }

    @Test
    void theVocabularyHasTheLibrarysTopicsAndTypes() {
        assertThat(vocabulary.topics()).hasSize(14);
        assertThat(vocabulary.types()).hasSize(11);
        assertThat(vocabulary.regions()).hasSize(8);
    }

    @Test
    void labelsComeInFourLanguages() {
        assertThat(vocabulary.countryLabel("ZM", "fr")).isEqualTo("Zambie");
        assertThat(vocabulary.topicLabel("case-management", "es")).isEqualTo("Manejo de casos");
        assertThat(vocabulary.typeLabel("toolkit", "pt")).isEqualTo("Kit de ferramentas");
        assertThat(vocabulary.languageLabel("fr", "en")).isEqualTo("French");
        assertThat(vocabulary.regionLabel("south-asia", "fr")).isEqualTo("Asie du Sud");
    }

    @Test
    void typedNamesResolveToCodesInAnyLanguageCaseAndAccents() {
        assertThat(vocabulary.countryCode("zambia")).contains("ZM");
        assertThat(vocabulary.countryCode("Sénégal")).contains("SN");
        assertThat(vocabulary.countryCode("senegal")).contains("SN");
        assertThat(vocabulary.countryCode("Brasil")).contains("BR");
        assertThat(vocabulary.topicCode("Gestión de casos")).isEmpty();
        assertThat(vocabulary.topicCode("manejo de casos")).contains("case-management");
        assertThat(vocabulary.typeCode("TOOLKIT")).contains("toolkit");
        assertThat(vocabulary.languageCode("Portuguese")).contains("pt");
        assertThat(vocabulary.languageCode("français")).contains("fr");
        assertThat(vocabulary.countryCode("Atlantis")).isEmpty();
    }

    @Test
    void aFolderOfDataFilesOverridesTheShippedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("types.tsv"), "report\tReport\tRapport\tInforme\tRelatório\n"
                + "podcast\tPodcast\tPodcast\tPódcast\tPodcast\n");
        Vocabulary custom = Vocabulary.load(dir);
        assertThat(custom.isType("podcast")).isTrue();
        assertThat(custom.isType("toolkit")).isFalse();
        assertThat(custom.topics()).hasSize(14);
    }

    @Test
    void aMalformedDataFileIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("topics.tsv"), "# comment\nonly-a-code\n");
        assertThatThrownBy(() -> Vocabulary.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topics.tsv line 2");
    }
}
