package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.indexer.ingest.Reviewer;
import org.resourcelibrary.indexer.review.AcceptanceFigure;
import org.resourcelibrary.indexer.review.ReviewDecision;
import org.resourcelibrary.indexer.review.ReviewDecision.Decision;
import org.resourcelibrary.indexer.review.ReviewItem;

/**
 * The review queue for librarians: {@code GET /api/review-queue} (the values waiting, with their evidence, and
 * the share accepted unchanged per field), {@code POST /api/review-queue/{item}} (accept, correct or reject one)
 * and {@code POST /api/review-queue} (accept or reject several).
 */
final class ReviewEndpoints {

    /** The parameter that keeps the queue to one field. */
    static final String FIELD = "field";
    static final String DECISION = "decision";
    static final String VALUE = Reviewer.VALUE;
    static final String ITEMS = "items";

    private final Reviewer reviewer;

    ReviewEndpoints(Reviewer reviewer) {
        this.reviewer = reviewer;
    }

    /** {@code GET /api/review-queue}. */
    void queue(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of(FIELD));
        String field = ctx.queryParam(FIELD);
        Optional<MetadataField> only = field == null || field.isBlank() ? Optional.empty()
                : Optional.of(BulkEditEndpoints.field(field));
        List<ReviewItem> items = reviewer.queue().items().stream()
                .filter(item -> only.isEmpty() || item.field() == only.get()).toList();
        ctx.json(new QueueView(items.size(), items, reviewer.queue().acceptance()));
    }

    /** {@code POST /api/review-queue/{item}}. */
    void decide(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        JsonNode body = LibrarianEndpoints.body(ctx);
        Decision decision = decision(body);
        JsonNode value = body.get(VALUE);
        String correction = value == null || value.isNull() ? null : value.asText();
        try {
            ReviewDecision made = reviewer.decide(ctx.pathParam("item"), decision, correction)
                    .orElseThrow(() -> new NotFoundResponse("no item '" + QueryParameters.shorten(ctx.pathParam(
                            "item")) + "' waits in the review queue (decided already, or its value is gone)"));
            ctx.json(made);
        } catch (InvalidMetadataException e) {
            LibrarianEndpoints.refuse(ctx, e);
        }
    }

    /** {@code POST /api/review-queue}: several items, one decision. */
    void decideAll(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        JsonNode body = LibrarianEndpoints.body(ctx);
        Decision decision = decision(body);
        JsonNode items = body.get(ITEMS);
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new InvalidRequestException(ITEMS, LibrarianRefusal.LIBRARIAN_ITEMS);
        }
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.asText()));
        try {
            ctx.json(new DecidedView(reviewer.decideAll(ids, decision)));
        } catch (InvalidMetadataException e) {
            LibrarianEndpoints.refuse(ctx, e);
        }
    }

    private static Decision decision(JsonNode body) {
        JsonNode decision = body.get(DECISION);
        String code = decision == null ? "" : decision.asText();
        return Decision.parse(code).orElseThrow(() -> new InvalidRequestException(DECISION,
                LibrarianRefusal.LIBRARIAN_DECISION, QueryParameters.shorten(code)));
    }

    /** The body of {@code GET /api/review-queue}. */
    record QueueView(int waiting, List<ReviewItem> items, List<AcceptanceFigure> acceptance) {
    }

    /** The body of {@code POST /api/review-queue}: the decisions made (items no longer waiting are left out). */
    record DecidedView(List<ReviewDecision> decided) {
    }
}
