package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import org.resourcelibrary.web.PublicAddress;

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
    static final String LIBRARY = "the resource library: reports, toolkits, guidelines, curricula, policy reviews"
            + " and case studies on the social service workforce";

    /** The head of the page showing {@code view}. */
    static PageHead of(Context ctx, PublicAddress address, Object view) {
        String query = ctx.queryString() == null || ctx.queryString().isEmpty() ? "" : "?" + ctx.queryString();
        String openSearch = address.url(ctx, "/opensearch.xml");
        if (view instanceof SearchView search) {
            String feed = search.error() == null ? address.url(ctx, "/feeds/search" + query) : null;
            return new PageHead(address.url(ctx, ctx.path() + query), describe(search), openSearch, feed);
        }
        return new PageHead(address.url(ctx, ctx.path()), describe(view), openSearch, null);
    }

    private static String describe(Object view) {
        String description;
        if (view instanceof SearchView search) {
            description = search.form().q().isEmpty()
                    ? "Browse " + search.total() + " documents of " + LIBRARY
                            + ", by country, topic, type and language."
                    : search.total() + " documents for “" + search.form().q() + "” in " + LIBRARY + ".";
        } else if (view instanceof DocumentView document) {
            description = document.summary() != null && !document.summary().isBlank() ? document.summary()
                    : document.title() + ": " + String.join(", ", document.badges()) + ", in " + LIBRARY + ".";
        } else if (view instanceof LibrarianView) {
            description = "Librarian tools of " + LIBRARY + ": upload documents, correct their metadata, read the"
                    + " ingest reports.";
        } else if (view instanceof ErrorView error) {
            description = error.title() + ": " + error.message();
        } else {
            description = "Search " + LIBRARY + ".";
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
