package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.thesaurus.ThesaurusCsv;

class ThesaurusPageTest {

    private static final String GOOD = ThesaurusCsv.HEADER + "\nbudget,en,prefLabel,Budget\n"
            + "budget,fr,prefLabel,Budget\nbudget,es,prefLabel,Presupuesto\nbudget,pt,prefLabel,Orçamento\n";

    @RegisterExtension
    final ToolkitLibrarian librarian = new ToolkitLibrarian();

    private Path file() {
        return librarian.data().resolve("thesaurus.csv");
    }

    @Test
    void signedOutTheThesaurusPageSendsToTheSignIn() {
        HttpResponse<String> page = librarian.server().get(ThesaurusPage.PATH);

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains(LibrarianPage.PATH);
    }

    @Test
    void signedInTheFileIsShownInAFormWithTheSessionsToken() {
        librarian.server().signIn();

        String page = librarian.server().get(ThesaurusPage.PATH).body();

        assertThat(page).contains("name=\"csrf\"").contains("name=\"thesaurus\"")
                .contains("topic:case-management,fr,prefLabel,Gestion des cas");
    }

    @Test
    void aGoodThesaurusIsSavedAndInUse() throws Exception {
        String csrf = librarian.server().signIn();

        HttpResponse<String> saved = librarian.server().post(ThesaurusPage.PATH, Map.of("csrf", csrf, "thesaurus", GOOD));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(Files.readString(file())).isEqualTo(GOOD);
        assertThat(librarian.server().get(ThesaurusPage.PATH + "?done=saved").body()).contains("was saved and is in use")
                .contains("(1 concept)");
    }

    @Test
    void aBrokenThesaurusNamesItsLineAndChangesNothing() throws Exception {
        String csrf = librarian.server().signIn();

        HttpResponse<String> refused = librarian.server().post(ThesaurusPage.PATH, Map.of("csrf", csrf,
                "thesaurus", GOOD + "budget,de,altLabel,Haushalt\n"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved: line 6").contains("Haushalt");
        assertThat(Files.readString(file())).isEqualTo(Thesaurus.shippedText());
    }

    @Test
    void aBrokenThesaurusIsSaidInThePagesLanguage() {
        String csrf = librarian.server().signIn();

        HttpResponse<String> refused = librarian.server().post(ThesaurusPage.PATH + "?lang=fr", Map.of("csrf", csrf,
                "thesaurus", GOOD + "budget,de,altLabel,Haushalt\n"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("ligne 6\u00a0: la langue doit être l’une de [en, fr, es, pt], et non"
                + " «\u00a0de\u00a0»");
        assertThat(InterfaceLanguagesTest.englishWords(refused.body(), "fr")).isEmpty();
        assertThat(refused.body()).doesNotContain("must be one of").doesNotContain("line 6");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() throws Exception {
        librarian.server().signIn();

        HttpResponse<String> refused = librarian.server().post(ThesaurusPage.PATH, Map.of("thesaurus", GOOD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Files.readString(file())).isEqualTo(Thesaurus.shippedText());
    }
}
