package org.resourcelibrary.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.search.Dimension;

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
        assertThat(vocabulary.label(Dimension.COUNTRY, "ZM", "fr")).isEqualTo("Zambie");
        assertThat(vocabulary.label(Dimension.TOPIC, "case-management", "es")).isEqualTo("Manejo de casos");
        assertThat(vocabulary.label(Dimension.TYPE, "toolkit", "pt")).isEqualTo("Kit de ferramentas");
        assertThat(vocabulary.label(Dimension.LANGUAGE, "fr", "en")).isEqualTo("French");
        assertThat(vocabulary.label(Dimension.REGION, "south-asia", "fr")).isEqualTo("Asie du Sud");
    }

    @Test
    void typedNamesResolveToCodesInAnyLanguageCaseAndAccents() {
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "zambia")).contains("ZM");
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "Sénégal")).contains("SN");
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "senegal")).contains("SN");
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "Brasil")).contains("BR");
        assertThat(vocabulary.resolve(Dimension.TOPIC, "Gestión de casos")).isEmpty();
        assertThat(vocabulary.resolve(Dimension.TOPIC, "manejo de casos")).contains("case-management");
        assertThat(vocabulary.resolve(Dimension.TYPE, "TOOLKIT")).contains("toolkit");
        assertThat(vocabulary.resolve(Dimension.LANGUAGE, "Portuguese")).contains("pt");
        assertThat(vocabulary.resolve(Dimension.LANGUAGE, "français")).contains("fr");
        assertThat(vocabulary.resolve(Dimension.COUNTRY, "Atlantis")).isEmpty();
    }

    @Test
    void aFolderOfDataFilesOverridesTheShippedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("types.tsv"), "report\tReport\tRapport\tInforme\tRelatório\n"
                + "podcast\tPodcast\tPodcast\tPódcast\tPodcast\n");
        Vocabulary custom = Vocabulary.load(dir);
        assertThat(custom.isKnown(Dimension.TYPE, "podcast")).isTrue();
        assertThat(custom.isKnown(Dimension.TYPE, "toolkit")).isFalse();
        assertThat(custom.topics()).hasSize(14);
    }

    @Test
    void aMalformedDataFileIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("topics.tsv"), "# comment\nonly-a-code\n");
        assertThatThrownBy(() -> Vocabulary.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topics.tsv line 2");
    }
}
