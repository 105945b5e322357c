package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The search a request's query parameters ask for, read exactly as {@code GET /api/search} reads them: for every
 * way of giving a search's results (the API, its Atom feed, its citations, a stored alert), so that every one
 * takes the same parameters.
 */
public final class SearchRequests {

    private SearchRequests() {
    }

    /**
     * The search of {@code /api/search?…}'s parameters, by a member whose browser's {@code Accept-Language}
     * says which language they read when {@code lang} does not.
     *
     * @throws InvalidRequestException naming the parameter at fault
     */
    public static SearchRequest of(Context ctx, Vocabulary vocabulary) {
        return of(ctx, vocabulary, Set.of());
    }

    /**
     * The same, for an endpoint that takes {@code own} parameters of its own beside the search's (they are
     * left out of the search).
     */
    static SearchRequest of(Context ctx, Vocabulary vocabulary, Set<String> own) {
        Map<String, List<String>> parameters = SearchParameters.decode(ctx.queryString());
        parameters.keySet().removeAll(own);
        return new SearchParameters(vocabulary, SearchParameters.Mode.STRICT).parse(parameters,
                ctx.header(Header.ACCEPT_LANGUAGE));
    }

    /**
     * The search a query string names (as stored with an alert), for as many hits as a page may have: paging
     * parameters are the caller's, not the stored search's. A stored search has no browser: only its own
     * {@code lang} says which language its member reads.
     */
    public static SearchRequest fromQueryString(String queryString, Vocabulary vocabulary) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.decode(queryString));
        parameters.keySet().removeAll(Set.of(SearchParameters.PAGE, SearchParameters.SIZE, SearchParameters.CURSOR));
        parameters.put(SearchParameters.SIZE, List.of(String.valueOf(SearchRequest.MAX_SIZE)));
        return new SearchParameters(vocabulary, SearchParameters.Mode.STRICT).parse(parameters);
    }
}
