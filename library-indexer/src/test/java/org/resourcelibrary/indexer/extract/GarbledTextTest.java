package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GarbledTextTest {

    private static final String SPANISH = "Guía de supervisión para la formación y el desarrollo del personal";

    /** {@code text}'s UTF-8 bytes read in {@code charset}, as a wrong guess of encoding reads them. */
    private static String misread(String text, Charset charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), charset);
    }

    @Test
    void textInItsOwnScriptsIsNotGarbled() {
        assertThat(GarbledText.count(SPANISH)).isZero();
        assertThat(GarbledText.count("L’éducateur « spécialisé » — 2019 ; São Tomé e Príncipe, ação")).isZero();
        assertThat(GarbledText.count("")).isZero();
    }

    @Test
    void utf8ReadAsGb18030CountsTheChineseInsideSpanishWords() {
        String garbled = misread("Guía de supervisión", Charset.forName("GB18030"));

        assertThat(garbled).isEqualTo("Gu铆a de supervisi贸n");
        assertThat(GarbledText.count(garbled)).isEqualTo(2);
    }

    @Test
    void utf8ReadAsWindows1252CountsTheMojibake() {
        String garbled = misread("Guía – “práctica”", TextEncoding.WINDOWS_1252);

        assertThat(garbled).isEqualTo("GuÃ­a â€“ â€œprÃ¡cticaâ€\uFFFD");
        assertThat(GarbledText.count(garbled)).isEqualTo(2 + 3 + 3 + 2 + 3);
    }

    @Test
    void replacementAndC1ControlCharactersAreGarbled() {
        assertThat(GarbledText.count("Gu\uFFFDa de supervisi\uFFFDn")).isEqualTo(2);
        assertThat(GarbledText.count("the supervisor\u0092s notes")).isEqualTo(1);
    }

    @Test
    void aFewLettersOfAnotherScriptAreGarbled() {
        assertThat(GarbledText.count(SPANISH + " 铆贸")).isEqualTo(2);
    }

    @Test
    void aSecondScriptWithItsOwnWordsIsTheDocumentsToo() {
        String bilingual = "Supervision guide Руководство по супервизии социальных работников";

        assertThat(GarbledText.count(bilingual)).isZero();
    }

    @Test
    void japaneseMixingKanjiAndKanaIsNotGarbled() {
        assertThat(GarbledText.count("社会福祉の人材育成ガイド")).isZero();
    }
}
