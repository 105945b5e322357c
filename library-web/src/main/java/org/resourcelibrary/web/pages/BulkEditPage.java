package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchParameters;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.BulkEdit;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.web.api.BulkEditEndpoints;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;

/**
 * {@code /librarian/bulk-edit}: one field changed for every document a search finds. The page takes the search's
 * parameters in its address (as the search page has them), previews the change (each document, before and after)
 * and applies it on a second, deliberate post; the last batch can be undone. Forms only, so it works without
 * JavaScript; signed-in librarians only, with the session's CSRF token on every post.
 */
final class BulkEditPage {

    static final String PATH = LibrarianPage.PATH + "/bulk-edit";
    static final String FIELD = "field";
    static final String ACTION = "action";
    static final String VALUE = "value";
    /** The apply form's field carrying the search's query string. */
    static final String SEARCH = "search";
    private static final Set<String> OWN = Set.of(FIELD, ACTION, VALUE, SearchParameters.PAGE,
            SearchParameters.SIZE, SearchParameters.CURSOR);
    private static final String DONE = "done";

    private final BulkEdit edits;
    private final Vocabulary vocabulary;
    private final LibrarianGate gate;
    private final LibrarianPage librarian;
    private final Templates templates;

    BulkEditPage(BulkEdit edits, Vocabulary vocabulary, LibrarianGate gate, LibrarianPage librarian,
                 Templates templates) {
        this.edits = edits;
        this.vocabulary = vocabulary;
        this.gate = gate;
        this.librarian = librarian;
        this.templates = templates;
    }

    /** {@code GET /librarian/bulk-edit?<search>[&field=&action=&value=]}: the form, and the preview when asked. */
    void show(Context ctx) throws IOException {
        Optional<Session> session = gate.sessionOrSignIn(ctx);
        if (session.isEmpty()) {
            return;
        }
        String search = search(ctx.queryString());
        String field = ctx.queryParam(FIELD);
        String action = ctx.queryParam(ACTION);
        String value = ctx.queryParam(VALUE);
        BulkEdit.Batch preview = null;
        String problem = null;
        if (field != null && action != null) {
            try {
                preview = edits.preview(BulkEditEndpoints.selection(search, vocabulary),
                        BulkEditEndpoints.field(field), BulkEditEndpoints.action(action), value);
            } catch (InvalidMetadataException e) {
                ctx.status(HttpStatus.BAD_REQUEST);
                problem = Messages.of(ctx).text("bulk.notPreviewed", reasons(Messages.of(ctx), e));
            } catch (InvalidRequestException e) {
                ctx.status(HttpStatus.BAD_REQUEST);
                problem = Messages.of(ctx).text("bulk.notPreviewed", Messages.of(ctx).reason(e));
            }
        }
        String notice = "applied".equals(ctx.queryParam(DONE)) ? Messages.of(ctx).text("bulk.applied")
                : "undone".equals(ctx.queryParam(DONE)) ? Messages.of(ctx).text("bulk.undone") : null;
        render(ctx, session.get(), search, field, action, value, preview, notice, problem);
    }

    /** {@code POST /librarian/bulk-edit}: applies the edit previewed. */
    void apply(Context ctx) throws IOException {
        Session session = librarian.verified(ctx);
        if (session == null) {
            return;
        }
        String search = search(String.valueOf(ctx.formParam(SEARCH)));
        try {
            edits.apply(BulkEditEndpoints.selection(search, vocabulary),
                    BulkEditEndpoints.field(String.valueOf(ctx.formParam(FIELD))),
                    BulkEditEndpoints.action(String.valueOf(ctx.formParam(ACTION))), ctx.formParam(VALUE));
            ctx.redirect(PATH + "?" + (search.isEmpty() ? "" : search + "&") + DONE + "=applied", HttpStatus.SEE_OTHER);
        } catch (InvalidMetadataException e) {
            notApplied(ctx, session, search, reasons(Messages.of(ctx), e));
        } catch (InvalidRequestException e) {
            notApplied(ctx, session, search, Messages.of(ctx).reason(e));
        }
    }

    private static String reasons(Messages ui, InvalidMetadataException e) {
        return String.join("; ", LibrarianPage.problems(ui, e));
    }

    private void notApplied(Context ctx, Session session, String search, String why) throws IOException {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        render(ctx, session, search, ctx.formParam(FIELD), ctx.formParam(ACTION), ctx.formParam(VALUE), null,
                null, Messages.of(ctx).text("librarian.notChanged", why));
    }

    /** {@code POST /librarian/bulk-edit/undo}: puts back what the last edit changed. */
    void undo(Context ctx) throws IOException {
        if (librarian.verified(ctx) == null) {
            return;
        }
        try {
            edits.undo();
        } catch (InvalidMetadataException e) {
            throw new InvalidRequestException(VALUE, e.getMessage());
        }
        ctx.redirect(Messages.of(ctx).href(PATH + "?" + DONE + "=undone"), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Session session, String search, String field, String action, String value,
                        BulkEdit.Batch preview, String notice, String problem) throws IOException {
        Map<String, List<String>> parameters = SearchParameters.decode(search);
        List<BulkEditView.Hidden> hidden = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!name.equals(SearchParameters.QUERY)) {
                values.forEach(v -> hidden.add(new BulkEditView.Hidden(name, v)));
            }
        });
        String query = parameters.getOrDefault(SearchParameters.QUERY, List.of("")).get(0);
        ctx.header("Cache-Control", "no-store");
        templates.render(ctx, "bulkEdit.jte", new BulkEditView(session.csrfToken(), search, hidden, query,
                MetadataField.keys(), field, action, value == null ? "" : value, preview, edits.last().orElse(null),
                notice, problem));
    }

    /** The search part of a query string: everything but the edit's own fields and paging. */
    static String search(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.decode(
                queryString == null ? "" : queryString));
        parameters.keySet().removeAll(OWN);
        parameters.remove(DONE);
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
