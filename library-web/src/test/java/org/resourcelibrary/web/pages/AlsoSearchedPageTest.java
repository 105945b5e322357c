package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page says what the thesaurus added, and turns it off and on. */
class AlsoSearchedPageTest {

    @TempDir
    Path dir;
    private TestLibrary library;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        library = new TestLibrary(dir.resolve("data"))
                .add("zm-toolkit", "Case management toolkit for Zambia", "toolkit", List.of("ZM"), "en", 2019,
                        List.of("Case workers in Zambia follow seven steps."))
                .add("sn-guide", "Guide de gestion des cas", "guidance", List.of("SN"), "fr", 2020,
                        List.of("La gestion des cas au Sénégal."));
        server = TestServer.librarian(library);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void thePageListsTheLabelsAlsoSearchedAndFindsTheFrenchGuide() {
        String page = server.get("/?q=case+management").body();

        assertThat(page).contains("Also searched: Gestion des cas").contains("Guide de gestion des cas")
                .contains("href=\"/?q=case+management&amp;expand=false\"");
    }

    @Test
    void turnedOffThePageSearchesOnlyTheWordsAsTypedAndOffersToTurnItOn() {
        String page = server.get("/?q=case+management&expand=false").body();

        assertThat(page).doesNotContain("Also searched:").doesNotContain("Guide de gestion des cas")
                .contains("Also search other languages and synonyms");
    }
}
