package org.resourcelibrary.core.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/** The tokens {@link WordsLanguage} keeps between searches are the ones each language's analysis gives. */
class WordsLanguageTest {

    @Test
    void aWordsTokensAreEachLanguagesAnalysisOfIt() {
        for (String word : List.of("supervisión", "travailleurs", "gestão", "case", "l'enfant", "e-learning", "de")) {
            List<List<String>> tokens = WordsLanguage.tokens(word);
            for (int i = 0; i < Analysis.LANGUAGES.size(); i++) {
                assertThat(tokens.get(i)).as(word + " in " + Analysis.LANGUAGES.get(i)).isEqualTo(Analysis.tokens(
                        Schema.analyzer(Schema.languageField(Schema.BODY, Analysis.LANGUAGES.get(i))), word));
            }
        }
    }

    @Test
    void aWordTypedAgainIsNotAnalysedAgain() {
        assertThat(WordsLanguage.tokens("supervisão")).isSameAs(WordsLanguage.tokens("supervisão"));
    }
}
