package org.resourcelibrary.web.insights;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.insights.QueryInsights.Kind;

/** The insights the API and the librarian pages give, over one library and its analytics. */
public final class Insights {

    private final SearchAnalytics analytics;
    private final Optional<QueryInsights> queries;
    private final GapMap gaps;
    private final Clock clock;

    public Insights(WebServices services, Clock clock) {
        QueryConcepts concepts = new QueryConcepts(services.vocabulary(), services.thesaurus()::current);
        this.analytics = services.analytics();
        this.queries = analytics.store().map(store -> new QueryInsights(store, concepts));
        this.gaps = new GapMap(services.library(), services.vocabulary(), concepts);
        this.clock = clock;
    }

    /** Today, as analytics count days. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public boolean recording() {
        return analytics.on();
    }

    /**
     * The searches of {@code kind} over the period, for members reading {@code lang} (all when null).
     *
     * @throws AnalyticsOff when nothing is recorded
     */
    public QueryInsights.Report queries(Kind kind, InsightsPeriod period, String lang, int limit)
            throws SQLException, AnalyticsOff {
        return queries.orElseThrow(AnalyticsOff::new).report(kind, period, lang, limit, analytics.dropped());
    }

    /** The gap map of {@code rows} × {@code cols}, with the period's demand when analytics are on. */
    public GapMap.Report gaps(Dimension rows, Dimension cols, String lang, InsightsPeriod period)
            throws SQLException {
        return gaps.report(rows, cols, lang, period, analytics.store().orElse(null));
    }

    /** Search analytics are turned off on this server. */
    public static final class AnalyticsOff extends Exception {
        public AnalyticsOff() {
            super("search analytics are off on this server (LIBRARY_ANALYTICS=off): no searches are recorded");
        }
    }
}
