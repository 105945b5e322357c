package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.enrich.InferredValue;
import org.resourcelibrary.indexer.review.EvidenceStore;
import org.resourcelibrary.indexer.review.ReviewQueue;
import org.resourcelibrary.web.i18n.Messages;

/** The review queue page without JavaScript: plain forms, signed-in librarians only. */
class ReviewPageTest {

    private static final String ID = "zm-toolkit";

    @TempDir
    Path dir;
    private TestLibrary library;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        library = new TestLibrary(dir.resolve("data"))
                .add(ID, "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case workers in Zambia follow seven steps."));
        new EvidenceStore(library.data).save(ID, List.of(new InferredValue(MetadataField.COUNTRIES, "ZM",
                InferredValue.Strength.WEAK, 1, List.of(new Clue("Zambia", Clue.FIRST_PAGE, 1)))));
        server = TestServer.librarian(library);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void signedOutTheQueueSendsToTheSignIn() {
        HttpResponse<String> page = server.get(ReviewPage.PATH);

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains(LibrarianPage.PATH);
    }

    @Test
    void theQueueShowsEachValueWithItsWordsAndPage() {
        server.signIn();

        String page = server.get(ReviewPage.PATH).body();

        assertThat(page).contains("Case management toolkit for Zambia").contains("Zambia (ZM)")
                .contains("“Zambia”").contains("first page, page 1");
    }

    @Test
    void theQueueInFrenchSpanishOrPortugueseHoldsNoEnglishAndLabelsTheValueInTheLanguage() {
        server.signIn();
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "es", "pt")) {
            String page = server.get(ReviewPage.PATH + "?done=2&lang=" + language).body();
            InterfaceLanguagesTest.englishWords(page, language).forEach(words -> found.add(language + " " + words));
        }

        assertThat(found).isEmpty();
        assertThat(server.get(ReviewPage.PATH + "?lang=fr").body()).contains("Zambie (ZM)")
                .contains("«\u00a0Zambia\u00a0»").contains("première page, page 1").contains("action=\"/librarian/review?lang=fr\"");
    }

    @Test
    void theLanguageDetectorsGuessesAreNamedAsAPlaceInEachLanguage() {
        assertThat(ReviewView.place(Messages.in("en"), Clue.DETECTOR)).isEqualTo("guesses of the language detector");
        assertThat(ReviewView.place(Messages.in("fr"), Clue.DETECTOR)).isEqualTo("hypothèses du détecteur de langue");
        assertThat(ReviewView.place(Messages.in("es"), Clue.DETECTOR)).isEqualTo("hipótesis del detector de idioma");
        assertThat(ReviewView.place(Messages.in("pt"), Clue.DETECTOR)).isEqualTo("hipóteses do detetor de língua");
    }

    @Test
    void aCorrectionPostedByTheFormChangesTheDocumentAndTheFigure() {
        String csrf = server.signIn();
        String item = ReviewQueue.itemId(ID, MetadataField.COUNTRIES, "ZM");

        HttpResponse<String> posted = server.post(ReviewPage.PATH, Map.of("csrf", csrf, "one", "correct:" + item,
                "value-" + item, "Malawi"));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(library.library.get(ID).orElseThrow().countries()).containsExactly("MW");
        String page = server.get(ReviewPage.PATH + "?done=1").body();
        assertThat(page).contains("1 value was decided.").contains("Nothing waits").contains("0%");
    }

    @Test
    void aCorrectionTheLibraryCannotTakeIsSaidInThePagesLanguage() {
        String csrf = server.signIn();
        String item = ReviewQueue.itemId(ID, MetadataField.COUNTRIES, "ZM");

        HttpResponse<String> refused = server.post(ReviewPage.PATH + "?lang=fr", Map.of("csrf", csrf,
                "one", "correct:" + item, "value-" + item, "Qwertyland"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Qwertyland").doesNotContain("unknown");
        assertThat(InterfaceLanguagesTest.englishWords(refused.body(), "fr")).isEmpty();
        assertThat(library.library.get(ID).orElseThrow().countries()).containsExactly("ZM");
    }

    @Test
    void aDecisionWithoutTheSessionsTokenChangesNothing() {
        server.signIn();
        String item = ReviewQueue.itemId(ID, MetadataField.COUNTRIES, "ZM");

        server.post(ReviewPage.PATH, Map.of("one", "reject:" + item));

        assertThat(library.library.get(ID).orElseThrow().countries()).containsExactly("ZM");
    }
}
