package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Boolean search as a librarian types it: NOT, -word, AND, OR, quotes and parentheses. */
class BooleanSearchTest extends FixtureLibrary {

    private static List<String> ids(String query) {
        return library.search(SearchRequest.builder().query(query).size(SearchRequest.MAX_SIZE).build()).hits()
                .stream().map(Hit::id).toList();
    }

    @Test
    void notExcludesWhatFollowsIt() {
        assertThat(ids("supervision kenya")).containsExactly("supervision-ke");
        assertThat(ids("supervision NOT kenya")).contains("assessment-zm").doesNotContain("supervision-ke");
    }

    @Test
    void minusExcludesLikeNot() {
        assertThat(ids("supervision -kenya")).isEqualTo(ids("supervision NOT kenya"));
    }

    @Test
    void anExcludedWordExcludesItsFormsInEveryLanguage() {
        // "travailleur" is in the French document only as "travailleurs": its French stem.
        assertThat(ids("social NOT travailleur")).doesNotContain("evaluation-sn").contains("assessment-zm");
        assertThat(ids("NOT protección")).doesNotContain("guia-co").hasSize(7);
    }

    @Test
    void anExcludedWordExcludesItselfNotItsCloseSpellings() {
        // "supervisors" is one letter from "supervision": excluding it keeps the documents saying supervision.
        assertThat(ids("workforce NOT supervisors")).contains("assessment-zm").doesNotContain("supervision-ke");
    }

    @Test
    void onlyExclusionsBrowseTheLibraryLessThem() {
        assertThat(ids("-zambia -kenya")).containsExactlyInAnyOrder("evaluation-sn", "guia-co", "supervisao-br",
                "advocacy-global", "barangay-ph");
        assertThat(ids("NOT zambia")).hasSize(6).doesNotContain("toolkit-zm", "assessment-zm");
    }

    @Test
    void anExcludedPhraseExcludesOnlyTheWordsInOrder() {
        assertThat(ids("case -\"case worker\"")).doesNotContain("toolkit-zm").contains("barangay-ph");
    }

    @Test
    void andRequiresBothWords() {
        assertThat(ids("toolkit AND zambia")).containsExactly("toolkit-zm");
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(ids("toolkit AND NOT zambia")).containsExactly("advocacy-global");
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(ids("barangay OR jamii AND kenya")).containsExactly("barangay-ph");
        assertThat(ids("barangay OR jamii AND pathway")).containsExactlyInAnyOrder("barangay-ph", "toolkit-zm");
    }

    @Test
    void parenthesesGroupFirst() {
        assertThat(ids("(barangay OR jamii) AND pathway")).containsExactly("toolkit-zm");
    }

    @Test
    void orInsideAnExclusionExcludesEither() {
        assertThat(ids("toolkit NOT (zambia OR advocates)")).isEmpty();
        assertThat(ids("workforce -(zambia OR kenya)")).contains("advocacy-global")
                .doesNotContain("assessment-zm", "supervision-ke");
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        // "not" is a stop word: the query asks for supervision and kenya, as without it.
        assertThat(ids("supervision not kenya")).containsExactly("supervision-ke");
    }

    @Test
    void anOperatorAtTheEndIsAWord() {
        SearchResponse response = library.search(SearchRequest.of("supervision NOT"));
        assertThat(response.hits()).extracting(Hit::id).contains("supervision-ke");
    }

    @Test
    void relaxingNeverDropsAWordJoinedByAnd() {
        SearchResponse response = library.search(SearchRequest.of("jamii AND barangay"));
        assertThat(response.total()).isZero();
        assertThat(response.relaxed()).isFalse();
    }

    @Test
    void relaxingNeverDropsAnExclusion() {
        SearchResponse response = library.search(SearchRequest.of("jamii barangay -philippines"));
        assertThat(response.relaxed()).isTrue();
        assertThat(response.hits()).extracting(Hit::id).containsExactly("toolkit-zm");
    }
}
