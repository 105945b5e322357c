package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.editions.DismissedEditions;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.indexer.editions.EditionProposals;
import org.resourcelibrary.indexer.ingest.InvalidMetadataException;
import org.resourcelibrary.web.WebServices;

/**
 * The editions ingest proposes, for a librarian to review: {@code GET /api/librarian/editions} lists them,
 * {@code POST /api/librarian/editions/{key}/confirm} makes them one work (a librarian's edit of each document's
 * {@code work}, which later ingests keep), {@code POST /api/librarian/editions/{key}/dismiss} forgets them for
 * good. Nothing is grouped but by a confirmation.
 */
final class EditionEndpoints {

    /** Longest work key made from a title. */
    static final int MAX_WORK_KEY = 60;

    private final WebServices services;
    private final DismissedEditions dismissed;

    EditionEndpoints(WebServices services) {
        this.services = services;
        this.dismissed = new DismissedEditions(services.data());
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
        ctx.json(new Proposals(proposals().find(services.library(), dismissed.keys())));
    }

    /** {@code POST /api/librarian/editions/{key}/confirm}, optionally with {@code {"work": "…"}}. */
    void confirm(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        String chosen = chosenWork(ctx);
        EditionProposal proposal = proposal(ctx);
        String work = chosen != null ? chosen : workKey(proposal);
        List<DocumentJson> documents = new ArrayList<>();
        for (String id : proposal.ids()) {
            try {
                services.librarian().edit(id, Map.of(MetadataField.WORK.key(), work))
                        .map(DocumentJson::of).ifPresent(documents::add);
            } catch (InvalidMetadataException e) {
                throw new InvalidRequestException(MetadataField.WORK.key(), e.getMessage());
            }
        }
        ctx.json(new Confirmed(work, documents));
    }

    /** {@code POST /api/librarian/editions/{key}/dismiss}. */
    void dismiss(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        dismissed.dismiss(proposal(ctx).key());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private EditionProposals proposals() {
        return new EditionProposals(services.thesaurus().current(), services.vocabulary());
    }

    private EditionProposal proposal(Context ctx) throws IOException {
        String key = ctx.pathParam("key");
        return proposals().find(services.library(), dismissed.keys()).stream()
                .filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no proposal '" + QueryParameters.shorten(key)
                        + "': it was confirmed, dismissed or its documents changed; list them again"));
    }

    /** The work key the body names, or null when there is no body. */
    private static String chosenWork(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonNode work = Json.mapper().readTree(body).path(MetadataField.WORK.key());
            if (!work.isTextual() || work.asText().isBlank()) {
                throw new InvalidRequestException(MetadataField.WORK.key(),
                        "the body names the work as {\"work\": \"a-key\"}, or is empty for one made from the titles");
            }
            return work.asText().strip();
        } catch (IOException e) {
            throw new InvalidRequestException("body", "the body is not valid JSON");
        }
    }

    /** A work key made from the first edition's title (the library's languages come first): its words, joined. */
    static String workKey(EditionProposal proposal) {
        String slug = Vocabulary.fold(proposal.titles().get(0)).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_WORK_KEY) {
            slug = slug.substring(0, MAX_WORK_KEY).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? proposal.key() : slug;
    }
}
