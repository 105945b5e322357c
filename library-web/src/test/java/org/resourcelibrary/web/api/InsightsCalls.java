package org.resourcelibrary.web.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.analytics.AnalyticsSettings;
import org.resourcelibrary.web.analytics.AnalyticsStore;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.api.OpenApiConformanceTest.Exchange;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * The insights endpoints' calls for the conformance test: on the shared application (analytics off) for the
 * refusals and the 409, and on one recording searches for the reports.
 */
final class InsightsCalls {

    private static final String QUERIES = "/api/insights/queries";
    private static final String GAPS = "/api/insights/gaps";

    private InsightsCalls() {
    }

    /** Calls to the shared application and its throttled and fresh siblings. */
    static List<ApiCall> calls() {
        List<ApiCall> calls = new ArrayList<>();
        for (String path : List.of(QUERIES, GAPS)) {
            calls.add(ApiCall.get(path, path));
            calls.add(ApiCall.get(path, path, "Authorization", "Bearer wrong-token").to(ApiCall.Target.FRESH));
            calls.add(ApiCall.librarian("GET", path, path).to(ApiCall.Target.THROTTLED));
        }
        calls.add(ApiCall.librarian("GET", QUERIES, QUERIES + "?kind=top"));
        calls.add(ApiCall.librarian("GET", GAPS, GAPS + "?rows=topic&cols=language"));
        return calls;
    }

    /** Calls to an application that records searches, after a few member searches. */
    static List<Exchange> exchanges(Path dir) throws Exception {
        List<Exchange> exchanges = new ArrayList<>();
        try (TestLibrary library = TestLibrary.create(dir);
             LibraryDatabase database = LibraryDatabase.open(library.data().root());
             SearchAnalytics analytics = SearchAnalytics.start(AnalyticsSettings.defaults(),
                     new AnalyticsStore(database), Clock.systemUTC());
             RunningApp app = RunningApp.start(library.services(WebSettings.defaults(), ApiTestBase.access())
                     .withAnalytics(analytics))) {
            app.get("/api/search?q=supervision&lang=en");
            app.get("/api/search?q=xylophone&country=MZ&lang=pt");
            analytics.flush();
            for (ApiCall call : List.of(ApiCall.librarian("GET", QUERIES, QUERIES + "?kind=top"),
                    ApiCall.librarian("GET", QUERIES, QUERIES + "?kind=zero&lang=pt"),
                    ApiCall.librarian("GET", QUERIES, QUERIES + "?kind=sometimes"),
                    ApiCall.librarian("GET", GAPS, GAPS + "?rows=country&cols=topic"),
                    ApiCall.librarian("GET", GAPS, GAPS + "?rows=region&cols=language&format=csv"),
                    ApiCall.librarian("GET", GAPS, GAPS + "?rows=topic&cols=topic"))) {
                exchanges.add(new Exchange(call, app.send(call.request(app))));
            }
        }
        return exchanges;
    }
}
