package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.FieldProblem;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.indexer.ingest.Reviewer;
import org.resourcelibrary.indexer.review.ReviewDecision;
import org.resourcelibrary.indexer.review.ReviewDecision.Decision;
import org.resourcelibrary.indexer.review.ReviewItem;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;

/**
 * {@code /librarian/review}: the values ingest inferred on weak evidence, each with its evidence, to accept,
 * correct or reject one by one (a button on its row) or several at once (ticked, then one button). One form,
 * so that it works without JavaScript; signed-in librarians only, with the session's CSRF token.
 */
final class ReviewPage {

    static final String PATH = LibrarianPage.PATH + "/review";
    /** The form field of the checked items, and of the button that decides them together. */
    static final String ITEMS = "items";
    static final String DECISION = "decision";
    /** The button deciding one item: {@code <decision>:<item id>}. */
    static final String ONE = "one";
    /** The prefix of each item's correction field, followed by the item's id. */
    static final String VALUE_PREFIX = "value-";
    /** The redirect's parameter: how many values the last post decided. */
    private static final String DONE = "done";

    private final Reviewer reviewer;
    private final Vocabulary vocabulary;
    private final LibrarianGate gate;
    private final LibrarianPage librarian;
    private final Templates templates;

    ReviewPage(Reviewer reviewer, Vocabulary vocabulary, LibrarianGate gate, LibrarianPage librarian,
               Templates templates) {
        this.reviewer = reviewer;
        this.vocabulary = vocabulary;
        this.gate = gate;
        this.librarian = librarian;
        this.templates = templates;
    }

    /** {@code GET /librarian/review}: the queue, or the sign-in page when signed out. */
    void show(Context ctx) throws IOException {
        Optional<Session> session = gate.sessionOrSignIn(ctx);
        if (session.isEmpty()) {
            return;
        }
        String done = ctx.queryParam(DONE);
        String notice = done == null || !done.matches("\\d{1,6}") ? null
                : Messages.of(ctx).text("review.decided", Integer.parseInt(done));
        render(ctx, session.get(), notice, null);
    }

    /** {@code POST /librarian/review}: one item's button, or several checked items and one decision. */
    void decide(Context ctx) throws IOException {
        Session session = librarian.verified(ctx);
        if (session == null) {
            return;
        }
        try {
            int decided = decideForm(ctx);
            ctx.redirect(Messages.of(ctx).href(PATH + "?" + DONE + "=" + decided), HttpStatus.SEE_OTHER);
        } catch (InvalidMetadataException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            Messages ui = Messages.of(ctx);
            render(ctx, session, null, ui.text("librarian.notChanged", String.join(" ",
                    LibrarianPage.problems(ui, e))));
        }
    }

    private int decideForm(Context ctx) throws IOException, InvalidMetadataException {
        String one = ctx.formParam(ONE);
        if (one != null && one.indexOf(':') > 0) {
            Optional<Decision> decision = Decision.parse(one.substring(0, one.indexOf(':')));
            String id = one.substring(one.indexOf(':') + 1);
            if (decision.isEmpty()) {
                throw refused(Messages.of(ctx).text("review.refused.decision"));
            }
            Optional<ReviewDecision> made = reviewer.decide(id, decision.get(), ctx.formParam(VALUE_PREFIX + id));
            return made.isPresent() ? 1 : 0;
        }
        Optional<Decision> decision = Decision.parse(String.valueOf(ctx.formParam(DECISION)));
        List<String> items = ctx.formParams(ITEMS);
        if (decision.isEmpty() || items.isEmpty()) {
            throw refused(Messages.of(ctx).text("review.refused.none"));
        }
        return reviewer.decideAll(items, decision.get()).size();
    }

    private static InvalidMetadataException refused(String message) {
        return new InvalidMetadataException(List.of(new FieldProblem(
                ITEMS, message)));
    }

    private void render(Context ctx, Session session, String notice, String problem) throws IOException {
        String language = Messages.of(ctx).language();
        List<ReviewView.Row> rows = reviewer.queue().items().stream().map(item -> row(item, language)).toList();
        List<ReviewView.Figure> figures = reviewer.queue().acceptance().stream().map(ReviewView.Figure::of).toList();
        ctx.header("Cache-Control", "no-store");
        templates.render(ctx, "review.jte", new ReviewView(session.csrfToken(), rows, figures, notice, problem));
    }

    private ReviewView.Row row(ReviewItem item, String language) {
        // A value that is a code of a vocabulary is shown with its label.
        String value = Dimension.of(item.field()).filter(Dimension::controlled)
                .map(dimension -> vocabulary.label(dimension, item.value(), language) + " (" + item.value() + ")")
                .orElse(item.value());
        return new ReviewView.Row(item.id(), Hit.documentUrl(item.document()), item.title(), item.field().key(),
                value, item.field() != MetadataField.TITLE, item.mentions(), item.clues());
    }
}
