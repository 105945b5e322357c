package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Scores comparable across languages and the member's language in ranking: a word's rarity is the library's,
 * not its language's; among comparable documents the member's language comes first, without hiding others;
 * the response says which language was assumed and why.
 */
class MemberLanguageTest {

    @TempDir
    static Path dir;
    static LuceneLibrary library;

    @BeforeAll
    static void open() throws IOException {
        library = LuceneLibrary.open(dir, Vocabulary.standard());
        for (ResourceContent doc : documents()) {
            library.upsert(doc);
        }
        library.commit();
    }

    private static List<ResourceContent> documents() {
        List<ResourceContent> docs = new ArrayList<>(Fixtures.all());
        // Many English documents mention supervision in passing; few Portuguese ones do.
        for (int i = 0; i < 8; i++) {
            docs.add(Fixtures.doc("report-en-" + i, "Annual Workforce Report " + i, "en", List.of(), List.of(),
                    "report", 2010 + i, "Global Network", "The workforce grew this year in every region we serve.",
                    "Training, supervision and pay were reviewed by the ministry with the unions."));
        }
        docs.add(Fixtures.doc("guideline-en", "Guideline on Supportive Supervision", "en", List.of(), List.of(),
                "guidance", 2018, "Caring Communities", "Supervision keeps social workers in the workforce.",
                "A supervisor meets each worker monthly."));
        docs.add(Fixtures.doc("estudo-pt", "Estudo de caso de Angola", "pt", List.of(), List.of(), "case-study",
                2019, "Associação Lusófona", "As equipas de assistência social de Luanda trabalham com as famílias"
                        + " e as escolas do bairro; o relatório descreve os casos acompanhados, as visitas e a"
                        + " coordenação com os serviços de saúde, e menciona uma vez a supervision externa."));
        docs.add(Fixtures.doc("notes-fr", "Supervision des travailleurs sociaux", "fr", List.of(), List.of(),
                "guidance", 2018, "Réseau", "La supervision aide les travailleurs sociaux."));
        docs.add(Fixtures.doc("notes-en", "Supervision of social workers", "en", List.of(), List.of(),
                "guidance", 2018, "Network", "Supervision helps social workers."));
        return docs;
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    private static SearchResponse search(String query, String language) {
        SearchRequest.Builder request = SearchRequest.builder().query(query).size(SearchRequest.MAX_SIZE);
        if (language != null) {
            request.memberLanguage(MemberLanguage.given(language));
        }
        return library.search(request.build());
    }

    private static List<String> ids(String query, String language) {
        return search(query, language).hits().stream().map(Hit::id).toList();
    }

    @Test
    void aTitleMatchInAFrequentLanguageOutranksAPassingMentionInARareOne() {
        List<String> ids = ids("supervision", "pt");
        assertThat(ids.indexOf("guideline-en")).isLessThan(ids.indexOf("estudo-pt"));
    }

    @Test
    void amongComparableDocumentsTheMemberLanguageComesFirst() {
        // A document tagged with the topic in another language is not preferred over a title with the word.
        assertThat(ids("supervision", "fr")).startsWith("notes-fr");
        assertThat(ids("supervision", "en").indexOf("notes-en")).isLessThan(ids("supervision", "en")
                .indexOf("notes-fr"));
    }

    @Test
    void documentsInOtherLanguagesAreStillFound() {
        assertThat(ids("supervision", "fr")).contains("notes-en", "guideline-en", "estudo-pt");
        assertThat(ids("Jamii", "es")).containsExactly("toolkit-zm");
    }

    @Test
    void theResponseSaysTheLanguageTheMemberGave() {
        assertThat(search("supervision", "es").language()).isEqualTo(MemberLanguage.given("es"));
    }

    @Test
    void withoutALanguageTheQueryWordsSayIt() {
        assertThat(search("manejo de casos", null).language())
                .isEqualTo(new MemberLanguage("es", MemberLanguage.Source.QUERY));
        assertThat(search("travailleurs sociaux", null).language())
                .isEqualTo(new MemberLanguage("fr", MemberLanguage.Source.QUERY));
    }

    @Test
    void aQueryInTheWordsOfOneLanguageOnlyIsInThatLanguage() {
        assertThat(search("Jamii", null).language())
                .isEqualTo(new MemberLanguage("en", MemberLanguage.Source.QUERY));
    }

    @Test
    void aQueryThatSaysNothingFallsBackToTheDefaultLanguage() {
        assertThat(search("Zyxwvut", null).language())
                .isEqualTo(new MemberLanguage(Vocabulary.DEFAULT_LANGUAGE, MemberLanguage.Source.DEFAULT));
        assertThat(search("", null).language().source()).isEqualTo(MemberLanguage.Source.DEFAULT);
    }

    @Test
    void aLanguageAssumedForWantOfAnyOtherIsNotPreferred(@TempDir Path other) throws IOException {
        SearchResponse assumed = search("supervision", null);
        assertThat(assumed.language().source()).isEqualTo(MemberLanguage.Source.DEFAULT);
        try (LuceneLibrary unpreferred = LuceneLibrary.open(other, Vocabulary.standard(),
                Ranking.DEFAULT.withMemberLanguage(1f))) {
            for (ResourceContent doc : documents()) {
                unpreferred.upsert(doc);
            }
            unpreferred.commit();
            SearchRequest request = SearchRequest.builder().query("supervision").size(SearchRequest.MAX_SIZE).build();
            assertThat(assumed.hits().stream().map(Hit::id).toList())
                    .isEqualTo(unpreferred.search(request).hits().stream().map(Hit::id).toList());
        }
    }

    @Test
    void anUnknownLanguageIsRefusedNamingLang() {
        // Requests are checked once, where parameters are read: the same parser for the API, page and CLI.
        assertThatThrownBy(() -> new SearchParameters(Vocabulary.standard(), SearchParameters.Mode.STRICT)
                .parse(Map.of("q", List.of("supervision"), "lang", List.of("de"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("lang");
    }

    @Test
    void theAcceptLanguageHeaderNamesTheFirstLanguageTheLibraryAnalyses() {
        assertThat(MemberLanguage.fromAcceptLanguage("de-DE,pt-BR;q=0.8,en;q=0.5"))
                .contains(new MemberLanguage("pt", MemberLanguage.Source.ACCEPT_LANGUAGE));
        assertThat(MemberLanguage.fromAcceptLanguage("de, it")).isEmpty();
        assertThat(MemberLanguage.fromAcceptLanguage("not a ;; header")).isEmpty();
        assertThat(MemberLanguage.fromAcceptLanguage(null)).isEmpty();
    }
}
