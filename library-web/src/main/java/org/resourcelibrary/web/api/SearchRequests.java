package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The search a request's query parameters ask for, read exactly as {@code GET /api/search} reads them: for the
 * other ways of giving a search's results (its Atom feed), so that every one takes the same parameters.
 */
public final class SearchRequests {

    private SearchRequests() {
    }

    /**
     * The search of {@code /api/search?…}'s parameters.
     *
     * @throws InvalidRequestException naming the parameter at fault
     */
    public static SearchRequest of(Context ctx, Vocabulary vocabulary) {
        return SearchParameters.request(QueryParameters.of(ctx, SearchParameters.NAMES), vocabulary,
                ctx.header(Header.ACCEPT_LANGUAGE));
    }
}
