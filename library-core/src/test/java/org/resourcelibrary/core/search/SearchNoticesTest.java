package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A search says when it did other than asked: words dropped, nothing searchable, a page past the last. */
class SearchNoticesTest extends FixtureLibrary {

    @Test
    void whenNoDocumentHasEveryWordTheResponseSaysItRelaxed() {
        SearchResponse response = library.search(SearchRequest.of("jamii barangay"));
        assertThat(response.relaxed()).isTrue();
        assertThat(response.hits()).extracting(Hit::id).containsExactlyInAnyOrder("toolkit-zm", "barangay-ph");
    }

    @Test
    void relaxedHitsAreThoseWithMostOfTheWords() {
        // No document has all three; two have two of them; toolkit-zm has only "zambia".
        SearchResponse response = library.search(SearchRequest.of("supervision zambia kenya"));
        assertThat(response.relaxed()).isTrue();
        assertThat(response.hits()).extracting(Hit::id).containsExactlyInAnyOrder("supervision-ke", "assessment-zm");
    }

    @Test
    void whenADocumentHasEveryWordTheResponseIsNotRelaxed() {
        SearchResponse response = library.search(SearchRequest.of("jamii zambia"));
        assertThat(response.relaxed()).isFalse();
        assertThat(response.hits()).extracting(Hit::id).containsExactly("toolkit-zm");
    }

    @Test
    void matchAllNeverRelaxes() {
        SearchResponse response = library.search(SearchRequest.builder().query("jamii barangay").match(Match.ALL)
                .build());
        assertThat(response.total()).isZero();
        assertThat(response.relaxed()).isFalse();
    }

    @Test
    void matchAllRequiresEveryWordOfALongQuery() {
        String question = "social workers supervision zambia workforce";
        SearchRequest strict = SearchRequest.builder().query(question).match(Match.ALL).build();
        assertThat(library.search(strict).hits()).extracting(Hit::id).containsExactly("assessment-zm");
        assertThat(library.search(SearchRequest.of(question)).total()).isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the of", "the", "!@#", "...", "[", "(((", "?", "\"\"", "NOT", "de la"})
    void aQueryWithNothingSearchableBrowsesTheLibraryAndSaysSo(String query) {
        SearchResponse response = library.search(SearchRequest.of(query));
        assertThat(response.nothingSearchable()).isTrue();
        assertThat(response.total()).isEqualTo(Fixtures.all().size());
        assertThat(response.didYouMean()).isNull();
        assertThat(response.facets().get(Dimension.COUNTRY.param())).isNotEmpty();
    }

    @Test
    void unsearchableWordsBesideAFilterLeaveTheFilter() {
        SearchResponse response = library.search(SearchRequest.of("the country:zambia"));
        assertThat(response.nothingSearchable()).isTrue();
        assertThat(response.hits()).extracting(Hit::id).containsExactlyInAnyOrder("toolkit-zm", "assessment-zm");
    }

    @Test
    void aQuotedStopWordIsSearched() {
        SearchResponse response = library.search(SearchRequest.of("\"the\""));
        assertThat(response.nothingSearchable()).isFalse();
        assertThat(response.total()).isLessThan(Fixtures.all().size());
    }

    @Test
    void aLoneStarBrowsesWithoutANotice() {
        assertThat(library.search(SearchRequest.of("*")).nothingSearchable()).isFalse();
        assertThat(library.search(SearchRequest.of("")).nothingSearchable()).isFalse();
    }

    @Test
    void aPagePastTheLastSaysWhichIsTheLast() {
        SearchResponse response = library.search(SearchRequest.builder().size(5).page(3).build());
        assertThat(response.total()).isEqualTo(Fixtures.all().size());
        assertThat(response.hits()).isEmpty();
        assertThat(response.lastPage()).isEqualTo(2);
        assertThat(response.pastLastPage()).isTrue();
    }

    @Test
    void theLastPageIsNotPastIt() {
        SearchResponse response = library.search(SearchRequest.builder().size(5).page(2).build());
        assertThat(response.hits()).hasSize(3);
        assertThat(response.pastLastPage()).isFalse();
    }
}
