package org.resourcelibrary.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.database.LibraryDatabase;

/** Recording: what a search, an opened result and a download leave in the database, and what is never kept. */
class SearchAnalyticsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

    @TempDir
    Path dir;
    private TestLibrary library;
    private LibraryDatabase database;
    private AnalyticsStore store;
    private SearchAnalytics analytics;
    private RunningApp app;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T08:00:00Z"));

    @BeforeEach
    void open() throws Exception {
        library = TestLibrary.create(dir);
        database = LibraryDatabase.open(library.data().root());
        store = new AnalyticsStore(database);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
        if (analytics != null) {
            analytics.close();
        }
        database.close();
        library.close();
    }

    private void serve(AnalyticsSettings settings) {
        analytics = SearchAnalytics.start(settings, store, clock);
        app = RunningApp.start(library.services().withAnalytics(analytics));
    }

    private List<SearchCounts> today() throws Exception {
        assertThat(analytics.flush()).isTrue();
        return store.counts(TODAY, TODAY, null);
    }

    @Test
    void aSearchOfThePageIsCountedWithItsWordsAsTypedItsFiltersAndTheMembersLanguage() throws Exception {
        serve(AnalyticsSettings.defaults());
        assertThat(app.get("/?q=%20Case%20%20Management&country=KE&lang=fr").statusCode()).isEqualTo(200);

        assertThat(today()).containsExactly(new SearchCounts(new SearchKey("case management", "country=KE", "fr"),
                1, 0, 0));
    }

    @Test
    void aSearchOfTheApiThatFindsNothingIsCountedAsZeroResults() throws Exception {
        serve(AnalyticsSettings.defaults());
        assertThat(app.get("/api/search?q=xylophone&lang=pt").statusCode()).isEqualTo(200);
        app.get("/api/search?q=XYLOPHONE&lang=pt");

        assertThat(today()).containsExactly(new SearchCounts(new SearchKey("xylophone", "", "pt"), 2, 2, 0));
    }

    @Test
    void furtherPagesOfASearchAndTheBareSearchPageAreNotCountedAgain() throws Exception {
        serve(AnalyticsSettings.defaults());
        app.get("/");
        app.get("/?q=case&page=2");

        assertThat(today()).isEmpty();
    }

    @Test
    void resultLinksOfThePageGoThroughTheRecordingRedirectWithTheirPosition() throws Exception {
        serve(AnalyticsSettings.defaults());
        String page = app.get("/?q=Zambia&lang=en").body();

        assertThat(page).contains("href=\"/go/" + TestLibrary.ZAMBIA + "?pos=1&amp;q=zambia&amp;lang=en\"");
    }

    @Test
    void anOpenedResultIsCountedAgainstItsSearchAndTheMemberLandsOnTheDocument() throws Exception {
        serve(AnalyticsSettings.defaults());
        app.get("/?q=case+management&lang=en");
        HttpResponse<String> go = app.get("/go/" + TestLibrary.TOOLKIT + "?pos=2&q=case+management&lang=en");

        assertThat(go.statusCode()).isEqualTo(303);
        assertThat(go.headers().firstValue("Location")).hasValue("/documents/" + TestLibrary.TOOLKIT + "?lang=en");
        assertThat(today()).containsExactly(new SearchCounts(new SearchKey("case management", "", "en"), 1, 0, 1));
    }

    @Test
    void aResultLinkEditedByHandStillLeadsToTheDocumentAndCountsNothing() throws Exception {
        serve(AnalyticsSettings.defaults());
        HttpResponse<String> go = app.get("/go/" + TestLibrary.TOOLKIT + "?pos=first&q=case&country=Narnia&lang=en");

        assertThat(go.statusCode()).isEqualTo(303);
        assertThat(today()).isEmpty();
    }

    @Test
    void aDownloadIsCountedButAHeadRequestIsNot() throws Exception {
        serve(AnalyticsSettings.defaults());
        assertThat(app.get("/api/documents/" + TestLibrary.GUIA + "/file").statusCode()).isEqualTo(200);
        app.send(app.request("/api/documents/" + TestLibrary.GUIA + "/file")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(analytics.flush()).isTrue();

        assertThat(analytics.written()).isEqualTo(1);
    }

    @Test
    void withAnalyticsOffNothingIsRecordedAndResultsLinkToTheDocumentDirectly() throws Exception {
        serve(new AnalyticsSettings(false, Period.ofMonths(13), 10));
        String page = app.get("/?q=case+management&lang=en").body();
        app.get("/api/search?q=case");

        assertThat(page).contains("href=\"/documents/" + TestLibrary.TOOLKIT + "?lang=en\"").doesNotContain("/go/");
        assertThat(analytics.on()).isFalse();
        assertThat(store.counts(TODAY, TODAY, null)).isEmpty();
    }

    @Test
    void whenTheQueueIsFullTheEventIsDroppedAndCountedWithoutWaiting() throws Exception {
        analytics = new SearchAnalytics(new AnalyticsSettings(true, Period.ofMonths(13), 2), store, clock);
        SearchRequest request = SearchRequest.of("supervision");
        SearchResponse response = library.library().search(request);
        for (int i = 0; i < 3; i++) {
            analytics.searched(request, response, "en", Door.API);
        }
        assertThat(analytics.dropped()).isEqualTo(1);

        analytics.start();
        assertThat(analytics.flush()).isTrue();
        assertThat(analytics.written()).isEqualTo(2);
        assertThat(store.counts(TODAY, TODAY, null)).extracting(SearchCounts::searches).containsExactly(2L);
    }

    @Test
    void whenTheDatabaseCannotWriteSearchesStillAnswerAndTheEventsAreCountedAsDropped() throws Exception {
        serve(AnalyticsSettings.defaults());
        try (var c = database.connect(); var statement = c.createStatement()) {
            statement.execute("DROP TABLE analytics_search");
        }

        assertThat(app.get("/api/search?q=case").statusCode()).isEqualTo(200);
        assertThat(app.get("/?q=case").statusCode()).isEqualTo(200);
        assertThat(analytics.flush()).isTrue();
        assertThat(analytics.dropped()).isEqualTo(2);
        assertThat(analytics.written()).isZero();
    }

    @Test
    void pastTheRetentionOnlyTheDailyCountsRemain() throws Exception {
        recordASearchOfSupervision();
        analytics.opened(new SearchKey("supervision", "", "en"), TestLibrary.ZAMBIA, 1);
        assertThat(analytics.flush()).isTrue();
        assertThat(store.keptSearchEvents()).isEqualTo(1);

        clock.advance(java.time.Duration.ofDays(30 * 13 + 10));
        analytics.applyRetention();

        assertThat(store.keptSearchEvents()).isZero();
        assertThat(store.counts(TODAY, TODAY, null)).containsExactly(
                new SearchCounts(new SearchKey("supervision", "", "en"), 1, 0, 1));
    }

    @Test
    void withinTheRetentionTheSingleEventsAreKept() throws Exception {
        recordASearchOfSupervision();
        assertThat(analytics.flush()).isTrue();

        clock.advance(java.time.Duration.ofDays(30 * 12));
        analytics.applyRetention();

        assertThat(store.keptSearchEvents()).isEqualTo(1);
    }

    private void recordASearchOfSupervision() {
        analytics = new SearchAnalytics(new AnalyticsSettings(true, Period.ofMonths(13), 10), store, clock);
        analytics.start();
        SearchRequest request = SearchRequest.of("supervision");
        analytics.searched(request, library.library().search(request), "en", Door.API);
    }

    @Test
    void theSettingsComeFromTheEnvironmentAndABadOneIsRefusedByName() {
        assertThat(AnalyticsSettings.fromEnvironment(java.util.Map.of("LIBRARY_ANALYTICS", "off")).on()).isFalse();
        assertThat(AnalyticsSettings.fromEnvironment(java.util.Map.of()).retention()).isEqualTo(Period.ofMonths(13));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalyticsSettings.fromEnvironment(
                java.util.Map.of("LIBRARY_ANALYTICS_RETENTION_MONTHS", "forever")))
                .hasMessageContaining("LIBRARY_ANALYTICS_RETENTION_MONTHS");
    }
}
