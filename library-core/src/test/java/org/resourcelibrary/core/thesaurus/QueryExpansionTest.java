package org.resourcelibrary.core.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQuery.Labels;
import org.resourcelibrary.core.search.query.UserQuery.Translation;
import org.resourcelibrary.core.search.query.UserQueryParser;
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
    void eachConceptIsOneVariantWithItsLabelsInPlaceOfItsWordsAndTheOtherWordsKept() {
        List<UserQuery> variants = expand("case management zambia", true).variants(false);

        // "zambia" names a concept too: the first variant is case management's.
        assertThat(variants.get(0).render()).contains("\"Gestion des cas\" OR ", "\"Manejo de casos\"").endsWith(" zambia");
    }

    @Test
    void theLabelsKeepTheirLanguageAndTheWordsTyped() {
        List<UserQuery> variants = expand("case management", true).variants(true);

        Labels labels = (Labels) variants.get(0).groups().get(0).alternatives().get(0);
        assertThat(labels.typed()).containsExactly("case", "management");
        assertThat(labels.translations()).contains(new Translation("fr", "Gestion des cas"),
                new Translation("es", "Manejo de casos"));
    }

    @Test
    void aVocabularyValueAlsoMatchesTheDocumentsTaggedWithIt() {
        List<UserQuery> variants = expand("kenia", true).tagged();

        assertThat(variants).extracting(UserQuery::render).containsExactly("country:KE");
    }

    @Test
    void withTheOtherWordsOptionalAVariantIsTheReplacementAlone() {
        List<UserQuery> variants = expand("case management training in zambia", true).variants(true);

        assertThat(variants).extracting(UserQuery::render).anyMatch(v -> v.startsWith("\"Gestion des cas\""))
                .noneMatch(v -> v.contains("zambia"));
    }

    @Test
    void turnedOffNothingIsAdded() {
        QueryExpansion off = expand("case management", false);

        assertThat(off.expansions()).isEmpty();
        assertThat(off.variants(false)).isEmpty();
        assertThat(off.tagged()).isEmpty();
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
