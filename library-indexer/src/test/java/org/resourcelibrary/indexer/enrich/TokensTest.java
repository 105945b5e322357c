package org.resourcelibrary.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> keys(Tokens tokens) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            keys.add(tokens.key(i));
        }
        return keys;
    }

    @Test
    void wordsAreComparedWithoutCaseAccentsOrAFinalPluralS() {
        assertThat(keys(Tokens.of("Sénégalaises, GESTÃO des Cas Workers")))
                .containsExactly("senegalaise", "gestao", "des", "cas", "worker");
    }

    @Test
    void apostrophesHyphensAndPunctuationSeparateWords() {
        assertThat(keys(Tokens.of("Côte d’Ivoire; Guinea-Bissau's")))
                .containsExactly("cote", "d", "ivoire", "guinea", "bissau", "s");
    }

    @Test
    void ligaturesAreSpelledOut() {
        assertThat(keys(Tokens.of("main-d'œuvre"))).containsExactly("main", "d", "oeuvre");
    }

    @Test
    void shortWordsKeepTheirFinalS() {
        assertThat(keys(Tokens.of("US bus gas"))).containsExactly("us", "bus", "gas");
    }

    @Test
    void eachWordKnowsItsShape() {
        Tokens tokens = Tokens.of("Chad chad DRC U");

        assertThat(tokens.fits(0, Tokens.CAPITALISED)).isTrue();
        assertThat(tokens.fits(1, Tokens.CAPITALISED)).isFalse();
        assertThat(tokens.fits(2, Tokens.UPPER)).isTrue();
        assertThat(tokens.fits(0, Tokens.UPPER)).isFalse();
        assertThat(tokens.fits(3, Tokens.CAPITALISED)).isTrue();
        assertThat(tokens.fits(1, Tokens.LOWER)).isTrue();
    }

    @Test
    void aCaselessTextFitsEveryShape() {
        assertThat(Tokens.caseless("drc-chad").fits(0, Tokens.UPPER)).isTrue();
    }

    @Test
    void accentsWrittenApartFromTheirLetterStayInTheWord() {
        assertThat(keys(Tokens.of("Se\u0301ne\u0301gal"))).containsExactly("senegal");
    }
}
