package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import org.resourcelibrary.web.PublicAddress;
import org.resourcelibrary.web.i18n.Messages;

/**
 * What every page's {@code <head>} tells search engines and browsers: its canonical address, a description for
 * results pages (search engines flag pages without one), where to find the OpenSearch description, and for a
 * search, its Atom feed. Every link is absolute, on the library's public address.
 *
 * @param feed the Atom feed of the search shown, or null on other pages
 */
public record PageHead(String canonical, String description, String openSearch, String feed) {

    /** Longest description: search engines show about this much. */
    static final int MAX_DESCRIPTION = 300;

    /** The head of the page showing {@code view}. */
    static PageHead of(Context ctx, PublicAddress address, Object view) {
        String query = ctx.queryString() == null || ctx.queryString().isEmpty() ? "" : "?" + ctx.queryString();
        String openSearch = address.url(ctx, "/opensearch.xml");
        Messages ui = Messages.of(ctx);
        if (view instanceof SearchView search) {
            String feed = search.error() == null ? address.url(ctx, "/feeds/search" + query) : null;
            return new PageHead(address.url(ctx, ctx.path() + query), describe(ui, search), openSearch, feed);
        }
        return new PageHead(address.url(ctx, ctx.path()), describe(ui, view), openSearch, null);
    }

    private static String describe(Messages ui, Object view) {
        String description;
        if (view instanceof SearchView search) {
            description = search.form().q().isEmpty() ? ui.text("head.browse", search.total())
                    : ui.text("head.search", search.total(), search.form().q());
        } else if (view instanceof DocumentView document) {
            description = document.summary() != null && !document.summary().isBlank() ? document.summary()
                    : ui.text("head.document", document.title(), String.join(", ", document.badges()));
        } else if (view instanceof LibrarianView) {
            description = ui.text("head.librarian");
        } else if (view instanceof ErrorView error) {
            description = error.title() + ": " + error.message();
        } else {
            description = ui.text("head.other");
        }
        return shorten(description.strip().replaceAll("\\s+", " "));
    }

    /** Cut at a word before {@link #MAX_DESCRIPTION} characters. */
    private static String shorten(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1) + "…";
    }
}
