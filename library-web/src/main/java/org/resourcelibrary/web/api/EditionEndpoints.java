package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.indexer.editions.EditionReview;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;

/**
 * The editions ingest proposes, for a librarian to review: {@code GET /api/librarian/editions} lists them,
 * {@code POST /api/librarian/editions/{key}/confirm} makes them one work (a librarian's edit of each document's
 * {@code work}, which later ingests keep), {@code POST /api/librarian/editions/{key}/dismiss} forgets them for
 * good. Nothing is grouped but by a confirmation.
 */
public final class EditionEndpoints {

    /** The body field of a confirmation saying the documents may join a work other documents already have. */
    static final String MERGE = "merge";

    private final EditionReview review;

    EditionEndpoints(EditionReview review) {
        this.review = review;
    }

    /** The body of the list: the proposals, most alike first. */
    record Proposals(List<EditionProposal> proposals) {
    }

    /** The body of a confirmation: the work's key and its documents as they are now. */
    record Confirmed(String work, List<DocumentJson> documents) {
    }

    /** {@code GET /api/librarian/editions}. */
    void list(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        ctx.json(new Proposals(review.proposals()));
    }

    /**
     * {@code POST /api/librarian/editions/{key}/confirm}, optionally with {@code {"work": "…", "merge": true}}:
     * a key that other documents already have is a 409 unless the body says to merge.
     */
    void confirm(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        JsonNode body = body(ctx);
        String work = chosenWork(body);
        EditionProposal proposal = proposal(ctx);
        try {
            EditionReview.Confirmed confirmed = review.confirm(proposal, work, body.path(MERGE).asBoolean(false));
            ctx.json(new Confirmed(confirmed.work(), confirmed.documents().stream().map(DocumentJson::of).toList()));
        } catch (InvalidMetadataException e) {
            throw new InvalidRequestException(MetadataField.WORK.key(), e.getMessage());
        } catch (EditionReview.WorkTaken e) {
            throw new ConflictResponse(e.getMessage() + " (send \"" + MERGE + "\": true to merge them)");
        }
    }

    /** {@code POST /api/librarian/editions/{key}/dismiss}. */
    void dismiss(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        review.dismiss(proposal(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private EditionProposal proposal(Context ctx) throws IOException {
        String key = ctx.pathParam("key");
        return review.proposal(key).orElseThrow(() -> new NotFoundResponse("no proposal '"
                + QueryParameters.shorten(key) + "': it was confirmed, dismissed or its documents changed; list them"
                + " again"));
    }

    /** The body as JSON: empty when there is none. */
    private static JsonNode body(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new InvalidRequestException("body", "the body is not valid JSON");
        }
    }

    /** The work key the body names, or null when it names none. */
    private static String chosenWork(JsonNode body) {
        JsonNode work = body.path(MetadataField.WORK.key());
        if (work.isMissingNode()) {
            return null;
        }
        if (!work.isTextual() || work.asText().isBlank()) {
            throw new InvalidRequestException(MetadataField.WORK.key(),
                    "the body names the work as {\"work\": \"a-key\"}, or leaves it out for one made from the titles");
        }
        return work.asText().strip();
    }
}
