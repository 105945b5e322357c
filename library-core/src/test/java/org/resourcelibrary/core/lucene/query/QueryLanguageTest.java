package org.resourcelibrary.core.lucene.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/** The tokens {@link QueryLanguage} keeps between searches are the ones each language's analysis gives. */
class QueryLanguageTest {

    @Test
    void aWordsTokensAreEachLanguagesAnalysisOfIt() {
        for (String word : List.of("supervisión", "travailleurs", "gestão", "case", "l'enfant", "e-learning", "de")) {
            List<List<String>> tokens = QueryLanguage.tokens(word);
            for (int i = 0; i < Analysis.LANGUAGES.size(); i++) {
                assertThat(tokens.get(i)).as(word + " in " + Analysis.LANGUAGES.get(i)).isEqualTo(Analysis.tokens(
                        Schema.analyzer(Schema.languageField(Schema.BODY, Analysis.LANGUAGES.get(i))), word));
            }
        }
    }

    @Test
    void aWordTypedAgainIsNotAnalysedAgain() {
        assertThat(QueryLanguage.tokens("supervisão")).isSameAs(QueryLanguage.tokens("supervisão"));
    }
}
