package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.web.i18n.Messages;

/** The search box's suggestions name their kinds, and themselves, in the page's language, not in its script. */
class SuggestionKindsTest {

    @TempDir
    Path dir;

    @Test
    void everySuggestedKindIsNamedInThePagesLanguage() throws Exception {
        JsonNode kinds = Json.mapper().readTree(SuggestionKinds.of(Messages.in("es")));

        assertThat(kinds.get(SuggestionKinds.TITLE).asText()).isEqualTo("Documento");
        for (Dimension dimension : Dimension.suggested()) {
            assertThat(kinds.get(dimension.param()).asText()).as(dimension.param())
                    .isEqualTo(Messages.in("es").heading(dimension));
        }
    }

    @Test
    void theSpanishSearchBoxNamesItsSuggestionsInSpanish() throws Exception {
        try (TestServer server = TestServer.serving(TestLibrary.zambiaToolkit(dir.resolve("data")))) {
            String page = server.get("/?q=zambia&lang=es").body();

            assertThat(page).contains("aria-label=\"Sugerencias\"").contains("&#34;title&#34;:&#34;Documento&#34;");
        }
    }
}
