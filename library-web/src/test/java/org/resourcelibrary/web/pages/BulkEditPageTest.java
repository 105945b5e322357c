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

/** The bulk edit page without JavaScript: a search's documents previewed, changed and put back by forms. */
class BulkEditPageTest {

    private static final String SEARCH = "?country=ZM&field=topics&action=add&value=supervision";

    @TempDir
    Path dir;
    private TestLibrary library;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        library = new TestLibrary(dir.resolve("data"))
                .add("zm-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case workers in Zambia follow seven steps."))
                .add("ke-notes", "Field notes from Kenya", "gray-literature", List.of("KE"), "en", 2018,
                        List.of("Volunteers in Kenya visit families."));
        server = TestServer.librarian(library);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void thePreviewListsEachDocumentBeforeAndAfterAndChangesNothing() {
        server.signIn();

        String page = server.get(BulkEditPage.PATH + SEARCH).body();

        assertThat(page).contains("Preview: 1 document would change").contains("Case management toolkit for Zambia")
                .contains("supervision").doesNotContain("Field notes from Kenya");
        assertThat(library.library.get("zm-toolkit").orElseThrow().topics()).doesNotContain("supervision");
    }

    @Test
    void aPreviewRefusedIsSaidInFrench() {
        server.signIn();

        String noField = server.get(BulkEditPage.PATH + "?country=ZM&field=sujet&action=add&value=x&lang=fr").body();
        String noValue = server.get(BulkEditPage.PATH + "?country=ZM&field=topics&action=add&value=&lang=fr").body();
        String unknown = server.get(BulkEditPage.PATH + "?country=ZM&field=topics&action=add&value=Supervison"
                + "&lang=fr").body();

        assertThat(noField)
                .contains("Aucun aperçu possible\u00a0: pas de champ «\u00a0sujet\u00a0»\u00a0; les champs");
        assertThat(noValue).contains("Aucun aperçu possible\u00a0: donnez la valeur à ajouter ou à retirer (add)");
        assertThat(unknown).contains("Thèmes\u00a0: «\u00a0Supervison\u00a0» n’est pas une valeur connue (thème)"
                + "\u00a0: vouliez-vous dire Supervision (supervision)\u00a0?");
        for (String page : List.of(noField, noValue, unknown)) {
            assertThat(InterfaceLanguagesTest.englishWords(page, "fr")).isEmpty();
            assertThat(page).doesNotContain("no field").doesNotContain("give the value").doesNotContain("unknown");
        }
    }

    @Test
    void appliedThenUndoneTheDocumentIsAsItWas() {
        String csrf = server.signIn();
        List<String> before = library.library.get("zm-toolkit").orElseThrow().topics();

        HttpResponse<String> applied = server.post(BulkEditPage.PATH, Map.of("csrf", csrf, "search", "country=ZM",
                "field", "topics", "action", "add", "value", "supervision"));
        assertThat(applied.statusCode()).isEqualTo(303);
        assertThat(library.library.get("zm-toolkit").orElseThrow().topics()).contains("supervision");
        assertThat(server.get(BulkEditPage.PATH).body()).contains("Undo the last edit");

        server.post(BulkEditPage.PATH + "/undo", Map.of("csrf", csrf));
        assertThat(library.library.get("zm-toolkit").orElseThrow().topics()).isEqualTo(before);
    }

    @Test
    void theLastEditInFrenchSpanishOrPortugueseHoldsNoEnglishAndNamesTheFieldInTheLanguage() {
        String csrf = server.signIn();
        HttpResponse<String> applied = server.post(BulkEditPage.PATH + "?lang=es", Map.of("csrf", csrf, "search",
                "country=ZM&lang=es", "field", "topics", "action", "add", "value", "supervision"));
        assertThat(applied.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("lang=es"));
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "es", "pt")) {
            String page = server.get(BulkEditPage.PATH + "?done=applied&lang=" + language).body();
            InterfaceLanguagesTest.englishWords(page, language).forEach(words -> found.add(language + " " + words));
        }

        assertThat(found).isEmpty();
        assertThat(server.get(BulkEditPage.PATH + "?lang=fr").body())
                .contains("Champ Thèmes\u00a0: ajouter «\u00a0supervision\u00a0», sur 1 document, ");
    }
}
