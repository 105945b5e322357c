package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How members' searches behave, on a small library in four languages. */
class LibrarySearchTest extends FixtureLibrary {

    private static List<String> ids(String query) {
        return ids(SearchRequest.builder().query(query).build());
    }

    private static List<String> ids(SearchRequest request) {
        return library.search(request).hits().stream().map(Hit::id).toList();
    }

    @Test
    void keywordQueriesNeedEveryWord() {
        assertThat(ids("case management zambia")).containsExactly("toolkit-zm");
    }

    @Test
    void whenNoDocumentHasEveryWordDocumentsWithSomeComeBest() {
        List<String> ids = ids("supervision zambia kenya");
        assertThat(ids).contains("supervision-ke", "assessment-zm");
        assertThat(ids.get(0)).isIn("supervision-ke", "assessment-zm");
    }

    @Test
    void titleMatchesRankFirst() {
        assertThat(ids("supervision").get(0)).isEqualTo("supervision-ke");
    }

    @Test
    void frenchWordsMatchTheirInflectionsInFrenchDocuments() {
        assertThat(ids("travailleur")).containsExactly("evaluation-sn");
    }

    @Test
    void accentsDoNotMatter() {
        assertThat(ids("proteccion infantil")).first().isEqualTo("guia-co");
        assertThat(ids("senegal")).containsExactly("evaluation-sn");
        assertThat(ids("supervisao")).first().isEqualTo("supervisao-br");
    }

    @Test
    void typosFindTheWordAndExactMatchesRankFirst() {
        SearchResponse response = library.search(SearchRequest.of("supervison guidance"));
        assertThat(response.hits()).extracting(Hit::id).first().isEqualTo("supervision-ke");
        assertThat(response.didYouMean()).isEqualTo("supervision guidance");
    }

    @Test
    void noCorrectionIsOfferedForKnownWords() {
        assertThat(library.search(SearchRequest.of("supervision")).didYouMean()).isNull();
    }

    @Test
    void phrasesMatchWordsInOrder() {
        assertThat(ids("\"case worker\"")).containsExactly("toolkit-zm");
        assertThat(ids("\"worker case\"")).isEmpty();
    }

    @Test
    void excludedWordsRemoveDocuments() {
        assertThat(ids("toolkit -zambia")).containsExactly("advocacy-global");
    }

    @Test
    void orMatchesEitherWord() {
        assertThat(ids("barangay OR jamii")).containsExactlyInAnyOrder("barangay-ph", "toolkit-zm");
    }

    @Test
    void fieldQueriesFilterOnFacetValues() {
        assertThat(ids("workforce type:report")).containsExactly("assessment-zm");
        assertThat(ids("country:Zambia")).containsExactlyInAnyOrder("assessment-zm", "toolkit-zm");
        assertThat(ids("title:toolkit")).containsExactlyInAnyOrder("toolkit-zm", "advocacy-global");
        assertThat(ids("year:2017..2018")).containsExactlyInAnyOrder("supervision-ke", "evaluation-sn", "barangay-ph");
    }

    @Test
    void trailingWildcardMatchesWordBeginnings() {
        assertThat(ids("supervis*")).contains("supervision-ke", "assessment-zm");
    }

    @Test
    void emptyQueryBrowsesEverythingNewestFirst() {
        SearchResponse response = library.search(SearchRequest.builder().build());
        assertThat(response.total()).isEqualTo(8);
        assertThat(response.hits()).extracting(Hit::year).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void facetCountsAreExactAndDrillSideways() {
        SearchResponse response = library.search(SearchRequest.builder().filter(Dimension.COUNTRY, "ZM").build());
        assertThat(response.total()).isEqualTo(2);
        Map<String, Long> countries = counts(response, "country");
        // Selecting Zambia does not shrink the country counts: the other countries still show theirs.
        assertThat(countries).containsEntry("ZM", 2L).containsEntry("KE", 1L).containsEntry("SN", 1L)
                .containsEntry("PH", 1L);
        // Other dimensions are counted over the selection.
        assertThat(counts(response, "type")).containsOnly(Map.entry("toolkit", 1L), Map.entry("report", 1L));
        assertThat(response.facets().get("country")).filteredOn(FacetValue::selected)
                .extracting(FacetValue::value).containsExactly("ZM");
    }

    @Test
    void valuesOfOneDimensionOrTogetherAndDimensionsAndTogether() {
        SearchRequest request = SearchRequest.builder().filter(Dimension.COUNTRY, "ZM", "CO")
                .filter(Dimension.TYPE, "guidance").build();
        assertThat(ids(request)).containsExactly("guia-co");
        SearchResponse response = library.search(request);
        assertThat(counts(response, "type")).containsEntry("toolkit", 1L).containsEntry("report", 1L)
                .containsEntry("guidance", 1L);
    }

    @Test
    void regionsAreCountedWithTheirCountriesBelowThem() {
        SearchResponse response = library.search(SearchRequest.builder().build());
        FacetValue africa = response.facets().get("region").stream()
                .filter(v -> v.value().equals("eastern-southern-africa")).findFirst().orElseThrow();
        assertThat(africa.count()).isEqualTo(3);
        assertThat(africa.label()).isEqualTo("Eastern & Southern Africa");
        assertThat(africa.children()).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZM", 2L),
                        org.assertj.core.groups.Tuple.tuple("KE", 1L), org.assertj.core.groups.Tuple.tuple("UG", 1L));
        assertThat(ids(SearchRequest.builder().filter(Dimension.REGION, "latin-america-caribbean").build()))
                .containsExactlyInAnyOrder("guia-co", "supervisao-br");
    }

    @Test
    void yearRangeFiltersAndYearsFormAHistogramInOrder() {
        SearchResponse response = library.search(SearchRequest.builder().years(2018, 2020).build());
        assertThat(response.total()).isEqualTo(4);
        // The year dimension is drill-sideways too: the histogram keeps every year.
        assertThat(response.facets().get("year")).extracting(FacetValue::value)
                .containsExactly("2016", "2017", "2018", "2019", "2020", "2022");
    }

    @Test
    void labelsComeInTheRequestedLanguage() {
        SearchResponse response = library.search(SearchRequest.builder().labelLanguage("fr").build());
        assertThat(response.facets().get("country")).extracting(FacetValue::label).contains("Sénégal", "Zambie");
        assertThat(response.facets().get("topic")).extracting(FacetValue::label).contains("Gestion des cas");
    }

    @Test
    void sortsByTitleAndOldest() {
        assertThat(ids(SearchRequest.builder().sort(Sort.TITLE).size(3).build()))
                .containsExactly("advocacy-global", "barangay-ph", "toolkit-zm");
        assertThat(ids(SearchRequest.builder().sort(Sort.OLDEST).size(2).build()))
                .containsExactly("toolkit-zm", "barangay-ph");
    }

    @Test
    void cursorPagingVisitsEveryHitOnceInTheSameOrderAsPages() {
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            SearchResponse page = library.search(SearchRequest.builder().size(3).cursor(cursor).build());
            page.hits().forEach(h -> byCursor.add(h.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        List<String> byPage = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            byPage.addAll(ids(SearchRequest.builder().size(3).page(p).build()));
        }
        assertThat(byCursor).hasSize(8).doesNotHaveDuplicates().isEqualTo(byPage);
    }

    @Test
    void relevanceCursorsFollowTheRankingOfPages() {
        SearchRequest.Builder query = SearchRequest.builder().query("social workers supervision case")
                .sort(Sort.RELEVANCE).size(2);
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            SearchResponse page = library.search(query.cursor(cursor).build());
            page.hits().forEach(h -> byCursor.add(h.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        List<String> byPage = ids(query.cursor(null).size(20).build());
        assertThat(byPage).hasSizeGreaterThan(4);
        assertThat(byCursor).doesNotHaveDuplicates().isEqualTo(byPage);
    }

    @Test
    void snippetsMarkMatchesEscapeTheRestAndSayTheirPage() {
        Hit hit = library.search(SearchRequest.of("jamii pathway")).hits().get(0);
        assertThat(hit.snippets()).first().satisfies(s -> {
            assertThat(s.page()).isEqualTo(2);
            assertThat(s.text()).contains("<mark>Jamii</mark>").contains("<mark>Pathway</mark>");
        });
        Hit annex = library.search(SearchRequest.of("referrals")).hits().get(0);
        assertThat(annex.snippets().get(0).page()).isEqualTo(3);
        assertThat(annex.snippets().get(0).text()).contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void stemmedMatchesAreMarkedInSnippets() {
        Hit hit = library.search(SearchRequest.of("travailleur")).hits().get(0);
        assertThat(hit.snippets().get(0).text()).contains("<mark>travailleurs</mark>");
    }

    @Test
    void closeSpellingsPhrasesAndWordBeginningsAreMarkedInSnippets() {
        assertThat(snippet("supervison", "supervision-ke")).containsIgnoringCase("<mark>supervision</mark>");
        assertThat(snippet("\"case worker\"", "toolkit-zm")).containsIgnoringCase("<mark>case worker</mark>");
        assertThat(snippet("supervis*", "supervision-ke")).containsIgnoringCase("<mark>supervision</mark>");
    }

    private static String snippet(String query, String id) {
        Hit hit = library.search(SearchRequest.of(query)).hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(hit.snippets()).as("snippets of %s for %s", id, query).isNotEmpty();
        return hit.snippets().get(0).text();
    }

    @Test
    void aDamagedCursorIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> library.search(SearchRequest.builder().cursor("not-a-cursor").build()))
                .isInstanceOf(InvalidRequestException.class).extracting("parameter").isEqualTo("cursor");
    }

    @Test
    void suggestionsOfferFacetValuesThenTitles() {
        List<Suggestion> suggestions = library.suggest("zam", 5, "en");
        assertThat(suggestions.get(0)).isEqualTo(new Suggestion("Zambia", "country", "ZM"));
        assertThat(library.suggest("case st", 5, "en")).extracting(Suggestion::value)
                .containsExactly("case-study", "barangay-ph");
    }

    @Test
    void facetValuesCanBeSearchedByPrefix() {
        assertThat(library.facetValues(Dimension.COUNTRY, "ken", 10, "en"))
                .containsExactly(new FacetValue("KE", "Kenya", 1, false));
        assertThat(library.facetValues(Dimension.ORGANIZATION, "", 100, "en")).hasSize(8);
    }

    @Test
    void similarDocumentsShareTextAndMetadataButNeverThemselves() {
        List<Hit> similar = library.similar("toolkit-zm", 3);
        assertThat(similar).extracting(Hit::id).doesNotContain("toolkit-zm").contains("guia-co");
        assertThat(library.similar("unknown", 3)).isEmpty();
    }

    @Test
    void pagesOfADocumentAreKept() {
        assertThat(library.pages("toolkit-zm", 2)).hasSize(2).first().asString().startsWith("Case management");
        assertThat(library.get("toolkit-zm")).get().extracting("title").isEqualTo("Case Management Toolkit for Zambia");
    }

    private static Map<String, Long> counts(SearchResponse response, String dimension) {
        return response.facets().get(dimension).stream()
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }
}
