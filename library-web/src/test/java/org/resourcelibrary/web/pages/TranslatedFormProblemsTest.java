package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What is wrong with the librarian form's values, said whole in the page's language: an unknown value with the
 * closest known one named in the language, the type's choices, and a value over its limit.
 */
class TranslatedFormProblemsTest {

    @RegisterExtension
    final ToolkitLibrarian librarian = new ToolkitLibrarian();

    @Test
    void anUnknownCountryIsSaidInFrenchWithTheClosestCountryNamedInFrench() {
        HttpResponse<String> page = upload("fr", Map.of("title", "Notes", "countries", "Zambai"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Pays\u00a0: «\u00a0Zambai\u00a0» n’est pas une valeur connue (pays)"
                + "\u00a0: vouliez-vous dire Zambie (ZM)\u00a0?");
        assertNoEnglish(page, "fr");
    }

    @Test
    void anUnknownTypeIsSaidInFrenchWithItsChoicesInFrench() {
        HttpResponse<String> page = upload("fr", Map.of("title", "Notes", "type", "Tolkit"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("vouliez-vous dire Boîte à outils (toolkit)\u00a0? Les valeurs possibles"
                + " sont Rapport (report), Boîte à outils (toolkit)");
        assertNoEnglish(page, "fr");
    }

    @Test
    void aTitleOverItsLimitIsSaidInFrench() {
        HttpResponse<String> page = upload("fr", Map.of("title", "T".repeat(10_000)));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains("la valeur (titre) compte 10\u202f000 caractères\u00a0; la limite est de 500");
        assertNoEnglish(page, "fr");
    }

    @Test
    void anUnknownTopicIsSaidInSpanishAndPortuguese() {
        assertThat(upload("es", Map.of("title", "Notas", "topics", "Case managment")).body())
                .contains("«Case managment» no es un valor conocido (tema): ¿quiso decir Manejo de casos");
        assertThat(upload("pt", Map.of("title", "Notas", "topics", "Case managment")).body())
                .contains("“Case managment” não é um valor conhecido (tema): queria dizer Gestão de casos");
    }

    private HttpResponse<String> upload(String language, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", librarian.server().signIn());
        return librarian.server().postFile("/librarian/upload?lang=" + language, form, "notes.txt",
                "Some notes.".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoEnglish(HttpResponse<String> page, String language) {
        assertThat(InterfaceLanguagesTest.englishWords(page.body(), language)).isEmpty();
        assertThat(page.body()).doesNotContain("unknown").doesNotContain("did you mean")
                .doesNotContain("characters long").doesNotContain("the limit is");
    }
}
