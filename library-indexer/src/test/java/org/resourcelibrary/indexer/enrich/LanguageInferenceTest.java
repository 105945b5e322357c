package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageInferenceTest {

    private static final LanguageInference LANGUAGES = new LanguageInference();

    @Test
    void eachLibraryLanguageIsDetected() {
        assertThat(LANGUAGES.detect("The ministry is pleased to present this national assessment of the social "
                + "service workforce, which counts every worker in every district.")).hasValue("en");
        assertThat(LANGUAGES.detect("Le ministère est heureux de présenter cette évaluation nationale des "
                + "travailleurs sociaux, qui compte chaque agent dans chaque district.")).hasValue("fr");
        assertThat(LANGUAGES.detect("El ministerio presenta esta evaluación nacional de la fuerza laboral del "
                + "servicio social, que cuenta a cada trabajador en cada municipio.")).hasValue("es");
        assertThat(LANGUAGES.detect("O ministério apresenta este diagnóstico nacional da força de trabalho da "
                + "assistência social, que conta cada trabalhador em cada município.")).hasValue("pt");
    }

    @Test
    void otherLanguagesAreAnsweredInIso6391() {
        assertThat(LANGUAGES.detect("Das Ministerium legt diese nationale Bewertung der Fachkräfte in der sozialen "
                + "Arbeit vor, die jede Mitarbeiterin in jedem Bezirk zählt.")).hasValue("de");
    }

    @Test
    void aTextTooShortToTellHasNoLanguage() {
        assertThat(LANGUAGES.detect("Hoja1")).isEmpty();
        assertThat(LANGUAGES.detect("12 | 45 | 3.5 | 2019")).isEmpty();
    }
}
