package org.resourcelibrary.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.analytics.AnalyticsSettings;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * The insights API over a scripted session of member searches: a week before, one search of supervision; this
 * week, three more, two of "xylophone" (which finds nothing) and one of Zambia whose first result was opened.
 */
class InsightsApiTest {

    private static final String PERIOD = "&from=2026-05-26&to=2026-06-01";

    @TempDir
    static Path dir;
    private static TestLibrary library;
    private static LibraryDatabase database;
    private static SearchAnalytics analytics;
    private static RunningApp app;

    @BeforeAll
    static void session() throws Exception {
        library = TestLibrary.create(dir);
        database = LibraryDatabase.open(library.data().root());
        ManualClock clock = new ManualClock(Instant.parse("2026-05-20T10:00:00Z"));
        analytics = SearchAnalytics.start(AnalyticsSettings.defaults(), new AnalyticsStore(database), clock);
        app = RunningApp.start(library.services(WebSettings.defaults(), ApiTestBase.access()).withAnalytics(analytics));
        app.get("/api/search?q=supervision&lang=en");
        assertThat(analytics.flush()).isTrue();
        clock.setTo(Instant.parse("2026-06-01T10:00:00Z"));
        for (int i = 0; i < 3; i++) {
            app.get("/?q=Supervision&lang=en");
        }
        app.get("/api/search?q=xylophone&lang=pt");
        app.get("/?q=xylophone&lang=pt");
        app.get("/?q=zambia&lang=en");
        app.get("/go/" + TestLibrary.ZAMBIA + "?pos=1&q=zambia&lang=en");
        assertThat(analytics.flush()).isTrue();
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
        analytics.close();
        database.close();
        library.close();
    }

    private static JsonNode get(String pathAndQuery) {
        HttpResponse<String> response = app.send(app.request(pathAndQuery)
                .header("Authorization", "Bearer " + ApiTestBase.TOKEN).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiTestBase.json(response);
    }

    @Test
    void topQueriesAreTheMostSearchedWithTheirTrendAgainstThePeriodBefore() {
        JsonNode rows = get("/api/insights/queries?kind=top" + PERIOD).get("rows");

        assertThat(rows.get(0).get("query").asText()).isEqualTo("supervision");
        assertThat(rows.get(0).get("count").asLong()).isEqualTo(3);
        assertThat(rows.get(0).get("previousCount").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("trend").asText()).isEqualTo("up");
        assertThat(rows.get(0).get("change").asLong()).isEqualTo(200);
        assertThat(rows.get(1).get("query").asText()).isEqualTo("xylophone");
        assertThat(rows.get(1).get("trend").asText()).isEqualTo("new");
    }

    @Test
    void zeroResultQueriesAreThoseThatFoundNothingEachLinkedToTheSearchAsAMemberSeesIt() {
        JsonNode rows = get("/api/insights/queries?kind=zero" + PERIOD).get("rows");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("query").asText()).isEqualTo("xylophone");
        assertThat(rows.get(0).get("count").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("link").asText()).isEqualTo("/?q=xylophone&lang=pt");
    }

    @Test
    void unopenedQueriesFoundSomethingNobodyOpened() {
        JsonNode rows = get("/api/insights/queries?kind=unopened" + PERIOD).get("rows");

        assertThat(rows).extracting(row -> row.get("query").asText()).containsExactly("supervision");
    }

    @Test
    void aQueryNamingAConceptOfTheThesaurusIsLinkedToIt() {
        JsonNode rows = get("/api/insights/queries?kind=top" + PERIOD).get("rows");

        assertThat(rows.get(0).get("concept").get("id").asText()).isEqualTo("topic:supervision");
        assertThat(rows.get(0).get("concept").get("href").asText()).isEqualTo("/librarian/thesaurus");
    }

    @Test
    void theLanguageNarrowsTheReportToMembersReadingIt() {
        JsonNode rows = get("/api/insights/queries?kind=top&lang=pt" + PERIOD).get("rows");

        assertThat(rows).extracting(row -> row.get("query").asText()).containsExactly("xylophone");
    }

    @Test
    void aBadKindOrDateIsA400NamingTheParameter() {
        for (String query : new String[] {"kind=everything", "from=yesterday", "from=2026-06-02&to=2026-06-01",
                "lang=xx"}) {
            HttpResponse<String> response = app.send(app.request("/api/insights/queries?" + query)
                    .header("Authorization", "Bearer " + ApiTestBase.TOKEN).GET().build());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void theInsightsAreForLibrariansOnly() {
        for (String path : new String[] {"/api/insights/queries", "/api/insights/gaps"}) {
            assertThat(app.get(path).statusCode()).isEqualTo(401);
            assertThat(app.send(app.request(path).header("Authorization", "Bearer wrong-token").GET().build())
                    .statusCode()).isEqualTo(403);
        }
    }

    @Test
    void theGapMapPutsTheDemandBesideTheDocuments() {
        JsonNode map = get("/api/insights/gaps?rows=country&cols=topic&lang=en" + PERIOD);

        JsonNode zambia = row(map, "ZM");
        int supervision = column(map, "supervision");
        assertThat(zambia.get("total").get("documents").asLong()).isEqualTo(1);
        assertThat(zambia.get("total").get("searches").asLong()).isEqualTo(1);
        assertThat(zambia.get("cells").get(column(map, "workforce-mapping-data")).get("documents").asLong())
                .isEqualTo(1);
        assertThat(map.get("columns").get(supervision).get("total").get("searches").asLong()).isEqualTo(3);
        assertThat(map.get("columns").get(supervision).get("total").get("documents").asLong()).isZero();
    }

    @Test
    void theGapMapAsCsvHasOneLinePerCell() {
        HttpResponse<String> csv = app.send(app.request("/api/insights/gaps?rows=topic&cols=language&format=csv"
                + PERIOD).header("Authorization", "Bearer " + ApiTestBase.TOKEN).GET().build());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("topic,topic_label,language,language_label,documents,searches,"
                + "zero_result_searches\r\n");
        assertThat(csv.body()).contains("\r\ncase-management,Case management,es,Spanish,1,0,0\r\n");
    }

    @Test
    void anUnknownDimensionOfTheGapMapIsA400() {
        HttpResponse<String> response = app.send(app.request("/api/insights/gaps?rows=funder")
                .header("Authorization", "Bearer " + ApiTestBase.TOKEN).GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("rows");
    }

    private static JsonNode row(JsonNode map, String value) {
        for (JsonNode row : map.get("table")) {
            if (row.get("value").asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + value + " in " + map);
    }

    private static int column(JsonNode map, String value) {
        for (int i = 0; i < map.get("columns").size(); i++) {
            if (map.get("columns").get(i).get("value").asText().equals(value)) {
                return i;
            }
        }
        throw new AssertionError("no column " + value + " in " + map);
    }
}
