package org.resourcelibrary.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.analytics.AnalyticsSettings;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.database.LibraryDatabase;

/** The librarian's insights page and gap map, after members searched the one-toolkit library. */
class InsightsPageTest {

    @TempDir
    Path dir;
    private TestLibrary library;
    private LibraryDatabase database;
    private SearchAnalytics analytics;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        library = TestLibrary.zambiaToolkit(dir);
        database = LibraryDatabase.open(dir);
        analytics = SearchAnalytics.start(AnalyticsSettings.defaults(), new AnalyticsStore(database),
                Clock.systemUTC());
        server = TestServer.start(library.services(TestServer.LIBRARIAN_TOKEN).withAnalytics(analytics));
        server.get("/?q=xylophone&lang=en");
        server.get("/?q=supervision+zambia&lang=en");
        assertThat(analytics.flush()).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        analytics.close();
        database.close();
        library.close();
    }

    @Test
    void signedOutTheInsightsLeadToTheSignIn() {
        for (String path : new String[] {"/librarian/insights", "/librarian/insights/gaps"}) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/librarian");
        }
    }

    @Test
    void theZeroResultSearchAMemberMadeIsListedWithALinkToIt() {
        server.signIn();
        HttpResponse<String> page = server.get("/librarian/insights?kind=zero");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/?q=xylophone&amp;lang=en\">xylophone</a>")
                .contains("aria-current=\"page\">Searches that found nothing");
    }

    @Test
    void theReportsAndTheMapWithSearchesInThemHoldNoEnglishInFrenchSpanishOrPortuguese() {
        server.signIn();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "es", "pt")) {
            // The browser names the page's language here; the address naming it is tested below.
            for (String path : List.of("/librarian/insights?kind=top", "/librarian/insights?kind=zero")) {
                String body = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Accept-Language", language).GET()).body();
                InterfaceLanguagesTest.englishWords(body, language).forEach(w -> found.add(language + path + w));
            }
            String gaps = server.get("/librarian/insights/gaps?to=" + today + "&lang=" + language).body();
            InterfaceLanguagesTest.englishWords(gaps, language).forEach(w -> found.add(language + " gaps " + w));
        }

        assertThat(found).isEmpty();
        assertThat(server.get("/librarian/insights/gaps?to=" + today + "&lang=fr").body())
                .contains("<span class=\"heat-demand\"> · 1 recherche</span>").contains("<th scope=\"row\">Zambie</th>");
    }

    @Test
    void switchingTheInterfaceToFrenchDoesNotNarrowTheReportToMembersReadingFrench() {
        server.signIn();
        String page = server.get("/librarian/insights?kind=zero&lang=fr").body();

        assertThat(page).contains("<html lang=\"fr\"").contains(">xylophone</a>")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"fr\">");
    }

    @Test
    void theReadersFilterNarrowsTheReportToMembersReadingThatLanguage() {
        server.signIn();

        assertThat(server.get("/librarian/insights?kind=zero&reading=fr").body()).doesNotContain(">xylophone</a>");
        assertThat(server.get("/librarian/insights?kind=zero&reading=en").body()).contains(">xylophone</a>")
                .contains("<option value=\"en\" selected>")
                .contains("/api/insights/queries?kind=zero&amp;lang=en")
                .contains("href=\"/librarian/insights?kind=top&amp;reading=en\"");
    }

    @Test
    void theGapMapsLabelsLanguageIsNotThePagesLanguage() {
        server.signIn();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String page = server.get("/librarian/insights/gaps?to=" + today + "&labels=fr&lang=en").body();

        assertThat(page).contains("<html lang=\"en\"").contains("<th scope=\"row\">Zambie</th>")
                .contains("lang=fr&amp;format=csv");
    }

    @Test
    void theGapMapIsAShadedTableWithTheGapOutlined() {
        server.signIn();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        HttpResponse<String> page = server.get("/librarian/insights/gaps?rows=country&cols=topic&to=" + today);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<th scope=\"row\">Zambia</th>")
                .contains("<th scope=\"col\">Case management</th>")
                .contains("class=\"heat-5\">1")
                .contains("<span class=\"heat-0\">none</span> <span class=\"heat-5\">1</span>")
                .contains("class=\"heat-0 heat-gap\">0<span class=\"heat-demand\"> · 1 search</span>")
                .contains("format=csv");
    }

    @Test
    void anUnknownDimensionIsNamedOnThePage() {
        server.signIn();
        HttpResponse<String> page = server.get("/librarian/insights/gaps?rows=colour");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Rows and columns must be two different dimensions among: Country, ");
    }

    @Test
    void withAnalyticsOffThePageSaysSo() throws Exception {
        server.close();
        server = TestServer.start(library.services(TestServer.LIBRARIAN_TOKEN));
        server.signIn();

        assertThat(server.get("/librarian/insights").body()).contains("Search analytics are off on this server");
    }
}
