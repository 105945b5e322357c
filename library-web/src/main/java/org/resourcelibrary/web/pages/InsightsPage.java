package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.insights.GapMap;
import org.resourcelibrary.web.insights.Insights;
import org.resourcelibrary.web.insights.InsightsPeriod;
import org.resourcelibrary.web.insights.QueryConcepts;
import org.resourcelibrary.web.insights.QueryInsights;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.GapMapView.HeatCell;
import org.resourcelibrary.web.pages.GapMapView.HeatRow;
import org.resourcelibrary.web.pages.GapMapView.Shade;
import org.resourcelibrary.web.pages.SearchView.Link;
import org.resourcelibrary.web.pages.SearchView.Option;

/**
 * {@code /librarian/insights} (what members search for: top, found nothing, nothing opened) and
 * {@code /librarian/insights/gaps} (the evidence-gap map). Signed-in librarians only; plain GET forms, so a
 * report is a link a librarian can keep.
 */
final class InsightsPage {

    static final String PATH = LibrarianPage.PATH + "/insights";
    static final String GAPS_PATH = PATH + "/gaps";
    /**
     * The reports' filter on the members' language (the API's {@code lang}): on a page {@code lang} is the page's
     * own language, which must not narrow the report when a librarian switches the interface.
     */
    static final String READING = "reading";
    /** The gap map's labels' language (the API's {@code lang}), for the same reason. */
    static final String LABELS = "labels";
    private static final String API_LANG = "lang";
    /** Steps of the colour scale above "no documents". */
    static final int SHADES = 5;

    private final Insights insights;
    private final LibrarianGate gate;
    private final Vocabulary vocabulary;
    private final Templates templates;

    InsightsPage(Insights insights, LibrarianGate gate, Vocabulary vocabulary, Templates templates) {
        this.insights = insights;
        this.gate = gate;
        this.vocabulary = vocabulary;
        this.templates = templates;
    }

    /** {@code GET /librarian/insights}. */
    void queries(Context ctx) throws SQLException {
        if (signedOut(ctx)) {
            return;
        }
        Messages ui = Messages.of(ctx);
        String kindParam = value(ctx, "kind", QueryInsights.Kind.TOP.param());
        String lang = value(ctx, READING, "");
        String from = value(ctx, InsightsPeriod.FROM, "");
        String to = value(ctx, InsightsPeriod.TO, "");
        List<Link> kinds = new ArrayList<>();
        for (QueryInsights.Kind kind : QueryInsights.Kind.values()) {
            // Another report keeps the period and the readers chosen.
            kinds.add(new Link(kindLabel(ui, kind), ui.href(address(PATH, "kind", kind.param(),
                    InsightsPeriod.FROM, from, InsightsPeriod.TO, to, READING, lang)), kind.param().equals(kindParam)));
        }
        String json = address("/api/insights/queries", "kind", kindParam, InsightsPeriod.FROM, from,
                InsightsPeriod.TO, to, API_LANG, lang);
        try {
            QueryInsights.Kind kind = QueryInsights.Kind.of(kindParam);
            InsightsPeriod period = InsightsPeriod.of(from, to, insights.today());
            if (!lang.isEmpty() && !Vocabulary.LABEL_LANGUAGES.contains(lang)) {
                throw new InvalidRequestException(READING, ui.text("insights.badLanguage", Vocabulary.LABEL_LANGUAGES));
            }
            QueryInsights.Report report = insights.queries(kind, period, lang.isEmpty() ? null : lang,
                    QueryInsights.DEFAULT_ROWS);
            render(ctx, "insights.jte", new InsightsView(kind.param(), period.from().toString(),
                    period.to().toString(), kinds, languages(ui, lang), report, null, json));
        } catch (InvalidRequestException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "insights.jte", new InsightsView(kindParam, from, to, kinds, languages(ui, lang), null,
                    problem(ui, e), json));
        } catch (Insights.AnalyticsOff e) {
            render(ctx, "insights.jte", new InsightsView(kindParam, from, to, kinds, languages(ui, lang), null,
                    ui.text("insights.off"), json));
        }
    }

    /** {@code GET /librarian/insights/gaps}. */
    void gaps(Context ctx) throws SQLException {
        if (signedOut(ctx)) {
            return;
        }
        Messages ui = Messages.of(ctx);
        String rows = value(ctx, GapMap.ROWS, Dimension.COUNTRY.param());
        String cols = value(ctx, GapMap.COLUMNS, Dimension.TOPIC.param());
        // The labels are in the page's language unless the librarian chose others.
        String lang = value(ctx, LABELS, ui.language());
        String from = value(ctx, InsightsPeriod.FROM, "");
        String to = value(ctx, InsightsPeriod.TO, "");
        String csv = address("/api/insights/gaps", GapMap.ROWS, rows, GapMap.COLUMNS, cols, InsightsPeriod.FROM, from,
                InsightsPeriod.TO, to, API_LANG, lang, "format", "csv");
        try {
            if (!Vocabulary.LABEL_LANGUAGES.contains(lang)) {
                throw new InvalidRequestException(LABELS, ui.text("insights.badLanguage", Vocabulary.LABEL_LANGUAGES));
            }
            InsightsPeriod period = InsightsPeriod.of(from, to, insights.today());
            Dimension rowDimension = GapMap.dimension(GapMap.ROWS, rows);
            GapMap.Report report = insights.gaps(rowDimension, GapMap.dimension(GapMap.COLUMNS, cols), lang, period);
            render(ctx, "gaps.jte", new GapMapView(Messages.in(lang).heading(rowDimension), period.from().toString(),
                    period.to().toString(), dimensions(ui, rows), dimensions(ui, cols), languages(ui, lang),
                    report.columns().stream().map(GapMap.Column::label).toList(), heat(report), legend(most(report)),
                    insights.recording(), csv, null));
        } catch (InvalidRequestException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "gaps.jte", new GapMapView(rows, from, to, dimensions(ui, rows), dimensions(ui, cols),
                    languages(ui, lang), List.of(), null, List.of(), insights.recording(), csv,
                    problem(ui, e)));
        }
    }

    /** The documents of the map's fullest cell, against which every cell is shaded. */
    static long most(GapMap.Report report) {
        return report.table().stream().flatMap(r -> r.cells().stream()).mapToLong(GapMap.Counts::documents)
                .max().orElse(0);
    }

    /** The map's rows with each cell shaded on a log scale of its documents against the fullest cell. */
    static List<HeatRow> heat(GapMap.Report report) {
        long most = most(report);
        List<HeatRow> rows = new ArrayList<>();
        for (GapMap.Row row : report.table()) {
            rows.add(new HeatRow(row.label(), cell(row.total(), 0),
                    row.cells().stream().map(c -> cell(c, most)).toList()));
        }
        return rows;
    }

    private static HeatCell cell(GapMap.Counts counts, long most) {
        return new HeatCell(counts.documents(), counts.searches(), counts.zeroResults(),
                most == 0 ? "heat-total" : "heat-" + shade(counts.documents(), most), counts.gap());
    }

    /** The shade of a cell of {@code documents}: 0 for none, then 1 to {@link #SHADES}, the fullest cell's. */
    static int shade(long documents, long most) {
        return documents == 0 || most == 0 ? 0
                : 1 + (int) Math.min(SHADES - 1, Math.floor((SHADES - 1) * Math.log1p(documents) / Math.log1p(most)));
    }

    /**
     * The legend of a map whose fullest cell has {@code most} documents: each shade some cell could have, with
     * the documents it stands for, found from {@link #shade} itself so that the legend cannot say otherwise.
     */
    static List<Shade> legend(long most) {
        List<Shade> legend = new ArrayList<>();
        legend.add(new Shade("heat-0", 0, 0));
        long from = 1;
        while (from <= most) {
            int shade = shade(from, most);
            long to = lastOfShade(from, most);
            legend.add(new Shade("heat-" + shade, from, to));
            from = to + 1;
        }
        return legend;
    }

    /** The most documents, from {@code from} up to {@code most}, that have {@code from}'s shade (which only grows). */
    private static long lastOfShade(long from, long most) {
        int shade = shade(from, most);
        long low = from;
        long high = most;
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            if (shade(middle, most) == shade) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private boolean signedOut(Context ctx) {
        return gate.sessionOrSignIn(ctx).isEmpty();
    }

    private void render(Context ctx, String template, Object view) {
        ctx.header("Cache-Control", "no-store");
        templates.render(ctx, template, view);
    }

    private static String value(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** {@code path} with the parameters given as name, value pairs, those with no value left out. */
    static String address(String path, String... namesAndValues) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!namesAndValues[i + 1].isEmpty()) {
                query.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** Why a report could not be made, in the page's language: the API's English reason is for its clients. */
    private static String problem(Messages ui, InvalidRequestException e) {
        return switch (e.parameter()) {
            case InsightsPeriod.FROM, InsightsPeriod.TO -> ui.text("insights.badPeriod", InsightsPeriod.MAX_DAYS);
            case "kind" -> ui.text("insights.badKind");
            case GapMap.ROWS, GapMap.COLUMNS -> ui.text("gaps.badDimensions", String.join(", ",
                    QueryConcepts.MAPPED.stream().map(ui::heading).toList()));
            default -> ui.text("insights.invalid", ui.reason(e));
        };
    }

    private static String kindLabel(Messages ui, QueryInsights.Kind kind) {
        return switch (kind) {
            case TOP -> ui.text("insights.kind.top");
            case ZERO -> ui.text("insights.kind.zero");
            case UNOPENED -> ui.text("insights.kind.unopened");
        };
    }

    private List<Option> languages(Messages ui, String current) {
        List<Option> options = new ArrayList<>();
        for (String language : Vocabulary.LABEL_LANGUAGES) {
            options.add(new Option(language, vocabulary.label(Dimension.LANGUAGE, language, ui.language()),
                    language.equals(current)));
        }
        return options;
    }

    private static List<Option> dimensions(Messages ui, String current) {
        return QueryConcepts.MAPPED.stream().map(d -> new Option(d.param(), ui.heading(d),
                d.param().equals(current))).toList();
    }
}
