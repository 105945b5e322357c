package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;

/**
 * Why the library refused a search, said whole in the page's language (never a translated sentence around an
 * English reason); the API's reason stays English unless the client sends {@code Accept-Language}.
 */
class TranslatedRefusalsTest extends ApiTestBase {

    private static final String BAD_YEAR = "/?year_from=1200&lang=";
    private static final String BAD_COUNTRY = "/?country=Narnia&lang=";

    @Test
    void aYearOutOfRangeIsSaidInFrench() {
        HttpResponse<String> page = app.get(BAD_YEAR + "fr");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("l’année de début doit être comprise entre 1800 et ")
                .contains(", et non 1200").doesNotContain("must be a year");
    }

    @Test
    void aYearOutOfRangeIsSaidInSpanish() {
        assertThat(app.get(BAD_YEAR + "es").body()).contains("el año inicial debe estar entre 1800 y ")
                .doesNotContain("must be a year");
    }

    @Test
    void aYearOutOfRangeIsSaidInPortuguese() {
        assertThat(app.get(BAD_YEAR + "pt").body()).contains("o ano inicial deve estar entre 1800 e ")
                .doesNotContain("must be a year");
    }

    @Test
    void aYearOutOfRangeIsSaidInEnglish() {
        assertThat(app.get(BAD_YEAR + "en").body()).contains("year_from must be a year between 1800 and ");
    }

    @Test
    void anUnknownCountryIsSaidInEachLanguage() {
        assertThat(app.get(BAD_COUNTRY + "fr").body()).contains("pays «\u00a0Narnia\u00a0» inconnu (country)");
        assertThat(app.get(BAD_COUNTRY + "es").body()).contains("país «Narnia» desconocido (country)");
        assertThat(app.get(BAD_COUNTRY + "pt").body()).contains("país “Narnia” desconhecido (country)");
        assertThat(app.get(BAD_COUNTRY + "en").body()).contains("unknown country 'Narnia'");
    }

    @Test
    void aWordStartingWithAWildcardIsSaidInFrench() {
        assertThat(app.get("/?q=*vision&lang=fr").body())
                .contains("«\u00a0*vision\u00a0»\u00a0: un mot ne peut pas commencer par un joker");
    }

    @Test
    void theApiSaysWhyInEnglishToAClientThatAsksForNoLanguage() {
        JsonNode problem = json(app.get("/api/search?year_from=1200"));

        assertThat(problem.get("detail").asText()).startsWith("year_from must be a year between 1800 and ");
        assertThat(problem.get("title").asText()).isEqualTo("Bad request");
    }

    @Test
    void theApiSaysWhyInTheLanguageTheClientAsksFor() {
        HttpResponse<String> response = app.send(app.request("/api/search?country=Narnia")
                .header("Accept-Language", "es-CO, es;q=0.9").GET().build());

        JsonNode problem = json(response);
        assertThat(problem.get("detail").asText()).startsWith("país «Narnia» desconocido (country)");
        assertThat(problem.get("parameter").asText()).isEqualTo("country");
    }
}
