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
import org.resourcelibrary.indexer.editions.EditionProposal;

/**
 * The librarian's editions page without JavaScript: the proposal with its evidence, confirmed (with the
 * suggested key, or one typed) or dismissed by plain forms, a key another work has refused unless merged, and
 * the works with their editions; signed-in librarians only, in the four languages.
 */
class EditionsPageTest {

    private static final String ENGLISH = "en-guide";
    private static final String SPANISH = "es-guia";
    private static final String OTHER = "fr-other";
    private static final String KEY = EditionProposal.keyOf(List.of(ENGLISH, SPANISH));
    private static final String CONFIRM = EditionsPage.PATH + "/" + KEY + "/confirm";

    @TempDir
    Path dir;
    private TestLibrary library;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        library = new TestLibrary(dir.resolve("data"))
                .add(ENGLISH, "Case management guide", "guidance", List.of("KE"), "en", 2020,
                        List.of("Case management in five steps.", "Supervision of case workers."))
                .add(SPANISH, "Guía de manejo de casos", "guidance", List.of("CO"), "es", 2020,
                        List.of("El manejo de casos en cinco pasos.", "Supervisión de los trabajadores."))
                .add(OTHER, "Guide de supervision", "toolkit", List.of("SN"), "fr", 2012,
                        List.of("La supervision des travailleurs sociaux."));
        server = TestServer.librarian(library);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** The document's work as the library holds it now, empty when it has none. */
    private String work(String id) {
        String work = library.library.get(id).orElseThrow().work();
        return work == null ? "" : work;
    }

    @Test
    void signedOutThePageSendsToTheSignIn() {
        assertThat(server.sendsToSignIn(EditionsPage.PATH)).isTrue();
    }

    @Test
    void theProposalIsShownWithItsDocumentsEvidenceAndSuggestedKey() {
        server.signIn();

        String page = server.get(EditionsPage.PATH).body();

        assertThat(page).contains("Case management guide").contains("Guía de manejo de casos")
                .contains("(English)").contains("(Spanish)").contains("same organisation")
                .contains("value=\"case-management-guide\"").contains("action=\"" + CONFIRM + "\"")
                .contains("No work groups editions yet.");
        assertThat(server.get(LibrarianPage.PATH).body()).contains("href=\"" + EditionsPage.PATH + "\"");
    }

    @Test
    void theFrenchPageSaysTheEvidenceInFrenchWithTheConceptsAndLanguagesNamedInFrench() {
        server.signIn();

        String page = server.get(EditionsPage.PATH + "?lang=fr").body();

        assertThat(page).contains("<li>même organisation\u00a0: <span class=\"library-text\">Example Organization</span></li>")
                .contains("<li>même année\u00a0: 2020</li>")
                .contains("<li>les titres désignent Gestion des cas, Guide (Anglais, Espagnol)</li>")
                .doesNotContain("same organisation").doesNotContain("same year").doesNotContain("titles name");
    }

    @Test
    void confirmingMakesTheDocumentsOneWorkListedWithItsEditions() {
        String csrf = server.signIn();

        HttpResponse<String> confirmed = server.post(CONFIRM, Map.of("csrf", csrf, "work", "case-guide"));

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        assertThat(work(ENGLISH)).isEqualTo("case-guide");
        assertThat(work(SPANISH)).isEqualTo("case-guide");
        String page = server.get(confirmed.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("The documents are now editions of one work, “case-guide”.")
                .contains("<code>case-guide</code>").doesNotContain("action=\"" + CONFIRM + "\"");
    }

    @Test
    void aKeyAnotherWorkHasIsRefusedAndNothingChanges() throws Exception {
        library.work(OTHER, "supervision-guide");
        String csrf = server.signIn();

        HttpResponse<String> refused = server.post(CONFIRM, Map.of("csrf", csrf, "work", "supervision-guide"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The work key “supervision-guide” already belongs to other documents"
                + " (Guide de supervision).").contains("value=\"supervision-guide\"");
        assertThat(work(ENGLISH)).isEmpty();
    }

    @Test
    void aWorkOfOneDocumentIsNotListedAsAWorkWithEditions() throws Exception {
        library.work(OTHER, "supervision-guide");
        server.signIn();

        String page = server.get(EditionsPage.PATH).body();

        assertThat(page).contains("No work groups editions yet.").doesNotContain("supervision-guide");
    }

    @Test
    void aKeyAnotherWorkHasIsTakenWhenTheLibrarianSaysMerge() throws Exception {
        library.work(OTHER, "supervision-guide");
        String csrf = server.signIn();

        HttpResponse<String> merged = server.post(CONFIRM, Map.of("csrf", csrf, "work", "supervision-guide",
                "merge", "on"));

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(303);
        assertThat(work(SPANISH)).isEqualTo("supervision-guide");
        assertThat(server.get(EditionsPage.PATH).body()).contains("Guide de supervision").contains("(French)");
    }

    @Test
    void aDismissedProposalIsGoneAndCannotBeConfirmed() {
        String csrf = server.signIn();

        HttpResponse<String> dismissed = server.post(EditionsPage.PATH + "/" + KEY + "/dismiss",
                Map.of("csrf", csrf));

        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(server.get(EditionsPage.PATH).body()).contains("No documents look like editions of one work");
        HttpResponse<String> gone = server.post(CONFIRM, Map.of("csrf", csrf));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("This proposal is no longer there");
        assertThat(work(ENGLISH)).isEmpty();
    }

    @Test
    void aFormWithoutTheSessionsTokenChangesNothing() {
        server.signIn();

        HttpResponse<String> forged = server.post(CONFIRM, Map.of("csrf", "not-the-token"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(work(ENGLISH)).isEmpty();
    }

    @Test
    void thePageInFrenchSpanishOrPortugueseHoldsNoEnglish() throws Exception {
        library.work(OTHER, "supervision-guide");
        String csrf = server.signIn();
        assertThat(server.post(CONFIRM + "?lang=fr", Map.of("csrf", csrf, "work", "supervision-guide"))
                .body()).contains("La clé d’œuvre «\u00a0supervision-guide\u00a0» appartient déjà à d’autres documents");
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "es", "pt")) {
            String page = server.get(EditionsPage.PATH + "?lang=" + language).body();
            InterfaceLanguagesTest.englishWords(page, language).forEach(words -> found.add(language + " " + words));
        }

        assertThat(found).isEmpty();
        assertThat(server.get(EditionsPage.PATH + "?lang=es").body()).contains("Ediciones de una misma obra")
                .contains("(Inglés)").contains("action=\"" + CONFIRM + "?lang=es\"");
    }
}
