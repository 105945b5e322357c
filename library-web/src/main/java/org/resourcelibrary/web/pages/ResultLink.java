package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.analytics.SearchKey;

/**
 * {@code GET /go/{id}?pos=N&q=…}: a result link of the search page, which records the result as opened from
 * that search at that position and sends the member on to the document's page (303). A plain link, so an
 * opened result counts without JavaScript and without a cookie; the document page stays the document's one
 * address (shared and indexed links never carry the search). With analytics off the results link to the
 * document directly, and an old {@code /go} link still leads to it.
 */
final class ResultLink {

    static final String PATH = "/go/{id}";
    static final String POSITION = "pos";

    private final LibrarySearch library;
    private final Vocabulary vocabulary;
    private final SearchAnalytics analytics;

    ResultLink(LibrarySearch library, Vocabulary vocabulary, SearchAnalytics analytics) {
        this.library = library;
        this.vocabulary = vocabulary;
        this.analytics = analytics;
    }

    /** The link to document {@code id}, the {@code position}th result of {@code search}. */
    static String href(String id, SearchKey search, int position) {
        return "/go/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?" + POSITION + "=" + position + "&"
                + search.queryString();
    }

    void follow(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.header("Cache-Control", "no-store");
        String lang = ctx.queryParam(SearchParameters.LANG);
        boolean known = lang != null && Vocabulary.LABEL_LANGUAGES.contains(lang);
        Integer position = position(ctx.queryParam(POSITION));
        // An unknown document is not counted; its page says it is not in the library.
        if (known && position != null && library.get(id).isPresent()) {
            try {
                Map<String, List<String>> parameters = SearchParameters.decode(ctx.queryString());
                parameters.remove(POSITION);
                SearchRequest request = new SearchParameters(vocabulary, SearchParameters.Mode.STRICT)
                        .parse(parameters);
                analytics.opened(SearchKey.of(request, lang), id, position);
            } catch (InvalidRequestException e) {
                // A link not made by the search page (edited by hand): the member still gets the document.
            }
        }
        ctx.redirect(Hit.documentUrl(id) + (known ? "?lang=" + lang : ""), HttpStatus.SEE_OTHER);
    }

    /** The position, when it is one a result can have; else null (nothing is recorded). */
    private static Integer position(String value) {
        try {
            int position = Integer.parseInt(value);
            return position >= 1 && position <= SearchAnalytics.MAX_POSITION ? position : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
