package org.resourcelibrary.web.api;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Set;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.insights.GapMap;
import org.resourcelibrary.web.insights.GapMapCsv;
import org.resourcelibrary.web.insights.Insights;
import org.resourcelibrary.web.insights.InsightsPeriod;
import org.resourcelibrary.web.insights.QueryInsights;

/**
 * {@code GET /api/insights/queries} and {@code GET /api/insights/gaps}: the librarians' insights from search
 * analytics (librarian token). Never cached: they change with every search.
 */
final class InsightsEndpoints {

    private static final String KIND = "kind";
    private static final String LANG = "lang";
    private static final String LIMIT = "limit";
    private static final String FORMAT = "format";

    private final Insights insights;

    InsightsEndpoints(Insights insights) {
        this.insights = insights;
    }

    void queries(Context ctx) throws SQLException {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of(KIND, InsightsPeriod.FROM, InsightsPeriod.TO,
                LANG, LIMIT));
        QueryInsights.Kind kind = QueryInsights.Kind.of(parameters.single(KIND, QueryInsights.Kind.TOP.param()));
        InsightsPeriod period = period(parameters);
        String lang = parameters.single(LANG);
        if (lang != null) {
            lang = ReadEndpoints.language(parameters);
        }
        int limit = parameters.bounded(LIMIT, QueryInsights.DEFAULT_ROWS, 1, QueryInsights.MAX_ROWS);
        try {
            ctx.header("Cache-Control", "no-store").json(insights.queries(kind, period, lang, limit));
        } catch (Insights.AnalyticsOff e) {
            throw new ConflictResponse(e.getMessage());
        }
    }

    void gaps(Context ctx) throws SQLException {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of(GapMap.ROWS, GapMap.COLUMNS, InsightsPeriod.FROM,
                InsightsPeriod.TO, LANG, FORMAT));
        Dimension rows = GapMap.dimension(GapMap.ROWS, parameters.single(GapMap.ROWS, Dimension.COUNTRY.param()));
        Dimension cols = GapMap.dimension(GapMap.COLUMNS, parameters.single(GapMap.COLUMNS, Dimension.TOPIC.param()));
        String format = parameters.single(FORMAT, "json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidRequestException(FORMAT, "format must be json or csv, got '"
                    + QueryParameters.shorten(format) + "'");
        }
        String lang = parameters.single(LANG) == null ? Vocabulary.DEFAULT_LANGUAGE : ReadEndpoints.language(parameters);
        GapMap.Report report = insights.gaps(rows, cols, lang, period(parameters));
        ctx.header("Cache-Control", "no-store");
        if (format.equals("csv")) {
            ctx.header("Content-Disposition", ContentDisposition.attachment("gaps-" + rows.param() + "-"
                    + cols.param() + ".csv"));
            ctx.contentType(GapMapCsv.MEDIA_TYPE).result(GapMapCsv.of(report).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } else {
            ctx.json(report);
        }
    }

    private InsightsPeriod period(QueryParameters parameters) {
        return InsightsPeriod.of(parameters.single(InsightsPeriod.FROM), parameters.single(InsightsPeriod.TO),
                insights.today());
    }
}
