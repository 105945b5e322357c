package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.analytics.Door;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.i18n.Messages;

/** The read endpoints for other services: search, document, similar documents, suggestions, facet values. */
final class ReadEndpoints {

    static final int DEFAULT_SIMILAR = 5;
    static final int MAX_SIMILAR = 20;
    static final int DEFAULT_SUGGESTIONS = 8;
    static final int MAX_SUGGESTIONS = 20;
    /** Longest prefix suggestions are looked up for. */
    static final int MAX_SUGGEST_PREFIX = 100;
    static final int DEFAULT_FACET_VALUES = 50;
    static final int MAX_FACET_VALUES = 1000;

    private static final String SIZE = "size";
    private static final String LANG = "lang";
    private static final String PREFIX = "prefix";

    private final Library library;
    private final Vocabulary vocabulary;
    private final WebServices services;

    ReadEndpoints(WebServices services) {
        this.library = services.library();
        this.vocabulary = services.vocabulary();
        this.services = services;
    }

    /** {@code GET /api/search}. */
    void search(Context ctx) {
        SearchRequest request = SearchRequests.of(ctx, vocabulary);
        // Without lang, the ranking follows the browser's languages: caches must tell them apart (added to
        // what the response already varies on, such as Origin).
        Messages.varyOnLanguage(ctx);
        SearchResponse response = library.search(request);
        services.metrics().search("api", response.tookMs());
        services.analytics().searched(request, response, SearchAnalytics.language(request, response), Door.API);
        // The ETag ignores tookMs: the same results found again are the same representation.
        SearchResponse identity = response.withTookMs(0);
        HttpCaching.json(ctx, response, identity);
    }

    /** {@code GET /api/documents/{id}}. */
    void document(Context ctx) {
        QueryParameters.of(ctx, Set.of());
        Resource resource = resource(ctx);
        // The document's version, not the body's hash: what PATCH and DELETE compare an If-Match with.
        HttpCaching.tagged(ctx, DocumentJson.of(resource), DocumentVersion.etag(resource));
    }

    /** {@code GET /api/documents/{id}/similar}. */
    void similar(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of(SIZE));
        int size = parameters.bounded(SIZE, DEFAULT_SIMILAR, 1, MAX_SIMILAR);
        Resource resource = resource(ctx);
        HttpCaching.json(ctx, new Similar(resource.id(), library.similar(resource.id(), size)));
    }

    /** {@code GET /api/suggest}. */
    void suggest(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of("q", SIZE, LANG));
        String prefix = parameters.single("q", "");
        if (prefix.length() > MAX_SUGGEST_PREFIX) {
            throw new InvalidRequestException("q", "q is " + prefix.length() + " characters long; suggestions are"
                    + " for up to " + MAX_SUGGEST_PREFIX);
        }
        int size = parameters.bounded(SIZE, DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS);
        String lang = language(parameters);
        List<Suggestion> suggestions = prefix.isBlank() ? List.of() : library.suggest(prefix.strip(), size, lang);
        ctx.json(new Suggestions(prefix, suggestions));
    }

    /** {@code GET /api/facets/{dimension}}. */
    void facetValues(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx, Set.of(PREFIX, SIZE, LANG));
        String name = ctx.pathParam("dimension");
        Dimension dimension = Dimension.fromParam(name).orElseThrow(() -> new InvalidRequestException("dimension",
                "unknown facet dimension '" + QueryParameters.shorten(name) + "'; the dimensions are "
                        + Arrays.stream(Dimension.values()).map(Dimension::param).toList()));
        String prefix = parameters.single(PREFIX, "");
        if (prefix.length() > MAX_SUGGEST_PREFIX) {
            throw new InvalidRequestException(PREFIX, "prefix is longer than " + MAX_SUGGEST_PREFIX + " characters");
        }
        int size = parameters.bounded(SIZE, DEFAULT_FACET_VALUES, 1, MAX_FACET_VALUES);
        List<FacetValue> values = library.facetValues(dimension, prefix.strip(), size, language(parameters));
        HttpCaching.json(ctx, new FacetValues(dimension.param(), prefix, values));
    }

    /** The resource named by the {@code id} path parameter, or a 404. */
    Resource resource(Context ctx) {
        String id = ctx.pathParam("id");
        return library.get(id).orElseThrow(() -> new NotFoundResponse("no document with id '"
                + QueryParameters.shorten(id) + "'"));
    }

    /** The member's language ({@code lang}), checked: one of the languages the library labels in. */
    static String language(QueryParameters parameters) {
        String lang = parameters.single(LANG, Vocabulary.DEFAULT_LANGUAGE);
        if (!Vocabulary.LABEL_LANGUAGES.contains(lang)) {
            throw new InvalidRequestException(LANG, "lang must be one of " + Vocabulary.LABEL_LANGUAGES + ", got '"
                    + QueryParameters.shorten(lang) + "'");
        }
        return lang;
    }

    /** The body of {@code GET /api/documents/{id}/similar}. */
    record Similar(String id, List<Hit> hits) {
    }

    /** The body of {@code GET /api/suggest}. */
    record Suggestions(String query, List<Suggestion> suggestions) {
    }

    /** The body of {@code GET /api/facets/{dimension}}. */
    record FacetValues(String dimension, String prefix, List<FacetValue> values) {
    }
}
