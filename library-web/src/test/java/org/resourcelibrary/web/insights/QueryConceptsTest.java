package org.resourcelibrary.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.thesaurus.Concept;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.analytics.SearchKey;

/** The concept a recorded search names or comes close to, and the values the gap map counts it for. */
class QueryConceptsTest {

    private final QueryConcepts concepts = new QueryConcepts(Vocabulary.standard(), Thesaurus::standard);

    @Test
    void wordsNamingAConceptInAnyLanguageAreLinkedToIt() {
        assertThat(concepts.nearest("gestion des cas").map(Concept::id)).hasValue("topic:case-management");
    }

    @Test
    void aQueryOneTypingMistakeFromALabelIsLinkedToItsConcept() {
        assertThat(concepts.nearest("supervison").map(Concept::id)).hasValue("topic:supervision");
    }

    @Test
    void aQueryFarFromEveryLabelHasNoConcept() {
        assertThat(concepts.nearest("xylophone")).isEmpty();
    }

    @Test
    void aSearchNamesItsFiltersTheConceptsOfItsWordsTheirRegionsAndItsMembersLanguage() {
        var named = concepts.named(new SearchKey("supervision zambia", "type=toolkit&topic=case-management", "pt"));

        assertThat(named.get(Dimension.COUNTRY)).containsExactly("ZM");
        assertThat(named.get(Dimension.REGION)).containsExactly(Vocabulary.standard().regionOf("ZM").orElseThrow());
        assertThat(named.get(Dimension.TOPIC)).containsExactlyInAnyOrder("case-management", "supervision");
        assertThat(named.get(Dimension.LANGUAGE)).containsExactly("pt");
    }

    @Test
    void theEditDistanceStopsPastItsBound() {
        assertThat(EditDistance.within("supervison", "supervision", 2)).isEqualTo(1);
        assertThat(EditDistance.within("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(EditDistance.within("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.within("a", "abcdef", 2)).isEqualTo(3);
    }
}
