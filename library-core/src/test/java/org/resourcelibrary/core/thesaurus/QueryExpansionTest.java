package org.resourcelibrary.core.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.query.UserQuery;
import org.resourcelibrary.core.query.UserQueryParser;
import org.resourcelibrary.core.search.Expansion;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class QueryExpansionTest {

    private static QueryExpansion expand(String query, boolean expand) {
        UserQuery parsed = new UserQueryParser(Vocabulary.standard()).parse(query);
        return QueryExpansion.of(parsed, Thesaurus.standard(), expand);
    }

    @Test
    void aConceptsWordsAddItsLabelsInTheOtherLanguages() {
        List<Expansion> expansions = expand("case management", true).expansions();

        assertThat(expansions).singleElement().satisfies(e -> {
            assertThat(e.concept()).isEqualTo("topic:case-management");
            assertThat(e.matched()).isEqualTo("case management");
            assertThat(e.added()).contains("Gestion des cas", "Manejo de casos", "Gestão de casos")
                    .doesNotContain("Case management");
            assertThat(e.tagged()).isEqualTo("topic:case-management");
        });
    }

    @Test
    void synonymsInTheSameLanguageAreAddedToo() {
        assertThat(expand("burnout", true).expansions()).singleElement()
                .satisfies(e -> assertThat(e.added()).contains("compassion fatigue", "Épuisement professionnel"));
    }

    @Test
    void eachVariantReplacesTheConceptsWordsAndKeepsTheOthers() {
        List<QueryExpansion.Variant> variants = expand("case management zambia", true).variants(false, false);

        assertThat(variants).extracting(v -> v.query().render())
                .contains("\"Gestion des cas\" zambia", "\"Manejo de casos\" zambia");
    }

    @Test
    void aVocabularyValueAlsoMatchesTheDocumentsTaggedWithIt() {
        List<QueryExpansion.Variant> variants = expand("kenia", true).variants(false, true);

        assertThat(variants).extracting(v -> v.query().render()).contains("Kenya", "country:KE");
    }

    @Test
    void withTheOtherWordsOptionalAVariantIsTheReplacementAlone() {
        List<QueryExpansion.Variant> variants = expand("case management training in zambia", true).variants(true, false);

        assertThat(variants).extracting(v -> v.query().render()).contains("\"Gestion des cas\"")
                .noneMatch(v -> v.contains("zambia"));
    }

    @Test
    void turnedOffNothingIsAdded() {
        QueryExpansion off = expand("case management", false);

        assertThat(off.expansions()).isEmpty();
        assertThat(off.variants(false, true)).isEmpty();
    }

    @Test
    void namesTheTextLacksAreLeftOutOfSpellingCorrectionEvenTurnedOff() {
        assertThat(expand("kenia supervisors", false).unnamedWords(word -> false).render())
                .isEqualTo("supervisors");
    }

    @Test
    void namesTheTextHasAreCorrectedAsAnyWord() {
        assertThat(expand("reports", true).unnamedWords(word -> true).render()).isEqualTo("reports");
    }
}
