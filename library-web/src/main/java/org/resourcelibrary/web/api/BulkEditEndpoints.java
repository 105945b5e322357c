package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.BulkEdit;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;

/**
 * Bulk metadata edits for librarians: {@code POST /api/bulk-edits/preview} and {@code POST /api/bulk-edits}
 * (one field changed for every document the query parameters' search finds, as {@code GET /api/search} reads
 * them), and {@code POST /api/bulk-edits/undo} (the last batch put back).
 */
public final class BulkEditEndpoints {

    static final String FIELD = "field";
    static final String ACTION = "action";
    static final String VALUE = BulkEdit.VALUE;

    private final BulkEdit edits;
    private final Vocabulary vocabulary;

    BulkEditEndpoints(BulkEdit edits, Vocabulary vocabulary) {
        this.edits = edits;
        this.vocabulary = vocabulary;
    }

    /** {@code POST /api/bulk-edits/preview}. */
    void preview(Context ctx) throws IOException {
        answer(ctx, edits::preview);
    }

    /** {@code POST /api/bulk-edits}. */
    void apply(Context ctx) throws IOException {
        answer(ctx, edits::apply);
    }

    /** A preview or an application of the edit a request asks for. */
    @FunctionalInterface
    private interface Run {
        BulkEdit.Batch run(BulkEdit.Selection selection, MetadataField field, BulkEdit.Action action, String value)
                throws IOException, InvalidMetadataException;
    }

    private void answer(Context ctx, Run run) throws IOException {
        Request request = request(ctx);
        try {
            ctx.json(run.run(selection(ctx.queryString(), vocabulary), request.field(), request.action(),
                    request.value()));
        } catch (InvalidMetadataException e) {
            LibrarianEndpoints.refuse(ctx, e);
        }
    }

    /** {@code POST /api/bulk-edits/undo}. */
    void undo(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        try {
            ctx.json(edits.undo().orElseThrow(() -> new NotFoundResponse("there is no bulk edit to undo")));
        } catch (InvalidMetadataException e) {
            LibrarianEndpoints.refuse(ctx, e);
        }
    }

    /** What a bulk edit asks for. */
    private record Request(MetadataField field, BulkEdit.Action action, String value) {
    }

    private static Request request(Context ctx) throws IOException {
        JsonNode body = LibrarianEndpoints.body(ctx);
        return new Request(field(body.path(FIELD).asText()), action(body.path(ACTION).asText()),
                body.path(VALUE).isNull() ? "" : body.path(VALUE).asText());
    }

    /** The field named {@code key}, or a 400 naming the fields there are. */
    public static MetadataField field(String key) {
        return MetadataField.fromKey(key).orElseThrow(() -> new InvalidRequestException(FIELD,
                LibrarianRefusal.LIBRARIAN_NO_FIELD, QueryParameters.shorten(key), MetadataField.values()));
    }

    /** The action named {@code code}, or a 400. */
    public static BulkEdit.Action action(String code) {
        return BulkEdit.Action.parse(code).orElseThrow(() -> new InvalidRequestException(ACTION,
                LibrarianRefusal.LIBRARIAN_ACTION, QueryParameters.shorten(code)));
    }

    /**
     * The documents a query string's search finds, page by page at the largest page size, read as
     * {@code GET /api/search} reads it (its own paging aside); a bad parameter is a 400 at once.
     */
    public static BulkEdit.Selection selection(String queryString, Vocabulary vocabulary) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.decode(queryString));
        parameters.keySet().removeAll(Set.of(SearchParameters.PAGE, SearchParameters.SIZE, SearchParameters.CURSOR));
        parameters.put(SearchParameters.SIZE, List.of(String.valueOf(SearchRequest.MAX_SIZE)));
        SearchParameters parser = new SearchParameters(vocabulary, SearchParameters.Mode.STRICT);
        parser.parse(parameters);
        return page -> {
            Map<String, List<String>> paged = new LinkedHashMap<>(parameters);
            paged.put(SearchParameters.PAGE, List.of(String.valueOf(page)));
            return parser.parse(paged);
        };
    }
}
