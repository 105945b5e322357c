package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.insights.QueryInsights;
import org.resourcelibrary.web.pages.SearchView.Link;
import org.resourcelibrary.web.pages.SearchView.Option;

/**
 * The insights page, ready to print.
 *
 * @param kinds     the three reports (top, zero results, unopened), the one shown current
 * @param languages the member languages to narrow to ("" for all)
 * @param report    the report shown; null when analytics are off or the request was not understood
 * @param error     why the request was not understood, or why there is nothing to show; or null
 * @param jsonHref  the same report from the API
 */
public record InsightsView(String kind, String from, String to, List<Link> kinds, List<Option> languages,
                           QueryInsights.Report report, String error, String jsonHref) {

    /** A row's trend against the period before, in the page's language; one the bundles do not name, as it is. */
    public static String trend(Messages ui, String trend) {
        return switch (trend) {
            case "new" -> ui.text("insights.trend.new");
            case "up" -> ui.text("insights.trend.up");
            case "down" -> ui.text("insights.trend.down");
            case "same" -> ui.text("insights.trend.same");
            default -> trend;
        };
    }
}
