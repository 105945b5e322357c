package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** Searching across languages through the thesaurus, and words naming the vocabulary. */
class CrossLanguageSearchTest {

    @TempDir
    static Path dir;
    private static LuceneLibrary library;

    /** Long enough for a cold first search on a busy machine: these tests are about what is found, not when. */
    private static final Duration BUDGET = Duration.ofMinutes(1);

    @BeforeAll
    static void open() throws IOException {
        library = LuceneLibrary.open(dir, Vocabulary.standard(), Ranking.DEFAULT, BUDGET);
        for (ResourceContent content : Fixtures.all()) {
            library.upsert(content);
        }
        library.commit();
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(Hit::id).toList();
    }

    @Test
    void englishWordsFindTheSpanishEditionBelowTheEnglishOne() {
        SearchResponse response = library.search(SearchRequest.of("case management"));

        assertThat(ids(response)).contains("guia-co");
        assertThat(ids(response).indexOf("toolkit-zm")).isLessThan(ids(response).indexOf("guia-co"));
    }

    @Test
    void theResponseSaysWhatWasAdded() {
        SearchResponse response = library.search(SearchRequest.of("case management"));

        assertThat(response.expansions()).singleElement().satisfies(e -> {
            assertThat(e.concept()).isEqualTo("topic:case-management");
            assertThat(e.added()).contains("Manejo de casos");
        });
    }

    @Test
    void turnedOffOnlyTheWordsAsTypedMatch() {
        SearchResponse response = library.search(SearchRequest.builder().query("case management").expand(false)
                .build());

        assertThat(ids(response)).doesNotContain("guia-co");
        assertThat(response.expansions()).isEmpty();
    }

    @Test
    void aCountryNamedInAnotherLanguageFindsTheDocumentsTaggedWithIt() {
        SearchResponse response = library.search(SearchRequest.of("Quénia"));

        assertThat(ids(response)).containsExactly("supervision-ke");
    }

    @Test
    void aCountrysNameIsNotCorrectedToAnotherWord() {
        assertThat(library.search(SearchRequest.of("kenia")).didYouMean()).isNull();
    }

    @Test
    void aTopicsNameFindsTaggedDocumentsThatDoNotSayIt() {
        SearchResponse response = library.search(SearchRequest.of("child protection"));

        assertThat(ids(response)).contains("toolkit-zm", "guia-co", "evaluation-sn");
    }

    @Test
    void aCountrysOtherNameInTheMembersLanguageIsSuggested(@TempDir Path other) throws IOException {
        try (LuceneLibrary ivorian = LuceneLibrary.open(other, Vocabulary.standard())) {
            ivorian.upsert(Fixtures.doc("ci", "Rapport sur le travail social", "fr", List.of("CI"), List.of(),
                    "report", 2021, "Réseau", "Le travail social en Côte d'Ivoire."));
            ivorian.commit();

            assertThat(ivorian.suggest("costa", 5, "es")).contains(new Suggestion(
                    Vocabulary.standard().label(Dimension.COUNTRY, "CI", "es"), "country", "CI"));
            assertThat(ivorian.suggest("costa", 5, "en")).extracting(Suggestion::value).doesNotContain("CI");
        }
    }

    @Test
    void theWordsAsTypedRankAboveATagAlone() {
        List<String> ids = ids(library.search(SearchRequest.of("supervision")));

        assertThat(ids.get(0)).isEqualTo("supervision-ke");
        assertThat(ids).contains("supervisao-br");
    }

    @Test
    void anExcludedWordHoldsForWhatTheThesaurusAdds() {
        // A question of more than three words: its variants carry only the concept's other labels, and the
        // exclusion must still hold for them.
        String question = "case management for social workers";

        assertThat(ids(library.search(SearchRequest.of(question)))).contains("guia-co");
        assertThat(ids(library.search(SearchRequest.of(question + " -manejo")))).doesNotContain("guia-co");
    }
}
