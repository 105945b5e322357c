package org.resourcelibrary.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.enrich.InferredValue;
import org.resourcelibrary.indexer.review.EvidenceStore;
import org.resourcelibrary.indexer.review.ReviewQueue;
import org.resourcelibrary.web.TestLibrary;

/**
 * The review queue's and bulk edits' calls, in an order that gives every documented status; the test library's
 * toolkit gets evidence for its inferred topics first, so that the queue has items to decide.
 */
final class ReviewCalls {

    static final String TOOLKIT = TestLibrary.TOOLKIT;
    private static final String BULK_EDIT =
            "{\"field\": \"keywords\", \"action\": \"add\", \"value\": \"east africa\"}";

    private ReviewCalls() {
    }

    /** Weak evidence for each topic the test library's toolkit has from inference. */
    static void evidence(DataDirectory data) throws IOException {
        new EvidenceStore(data).save(TOOLKIT, List.of(weakTopic("case-management", "case management"),
                weakTopic("child-protection", "child protection")));
    }

    static InferredValue weakTopic(String topic, String words) {
        return new InferredValue(MetadataField.TOPICS, topic, InferredValue.Strength.WEAK, 1,
                List.of(new Clue(words, Clue.FIRST_PAGE, 1)));
    }

    static String itemId(String topic) {
        return ReviewQueue.itemId(TOOLKIT, MetadataField.TOPICS, topic);
    }

    static List<ApiCall> calls(DataDirectory data) throws IOException {
        evidence(data);
        ApiCall queue = ApiCall.librarian("GET", "/api/review-queue", "/api/review-queue");
        ApiCall decide = ApiCall.librarian("POST", "/api/review-queue/{item}",
                "/api/review-queue/" + itemId("case-management")).json("{\"decision\": \"accept\"}");
        ApiCall decideAll = ApiCall.librarian("POST", "/api/review-queue", "/api/review-queue")
                .json("{\"decision\": \"reject\", \"items\": [\"" + itemId("child-protection") + "\"]}");
        ApiCall preview = ApiCall.librarian("POST", "/api/bulk-edits/preview", "/api/bulk-edits/preview?country=KE")
                .json(BULK_EDIT);
        ApiCall apply = ApiCall.librarian("POST", "/api/bulk-edits", "/api/bulk-edits?country=KE").json(BULK_EDIT);
        ApiCall undo = ApiCall.librarian("POST", "/api/bulk-edits/undo", "/api/bulk-edits/undo");
        String big = "{\"value\": \"" + "x".repeat(LibrarianEndpoints.MAX_EDIT_BYTES) + "\"}";

        List<ApiCall> calls = new ArrayList<>(List.of(queue, decide, decide, decideAll, preview, undo, apply, undo));
        calls.add(queue.at("/api/review-queue?field=shoe-size"));
        calls.add(decide.json("{\"decision\": \"maybe\"}"));
        calls.add(decideAll.json("{\"decision\": \"accept\"}"));
        calls.add(preview.json("{\"field\": \"shoe-size\", \"action\": \"set\"}"));
        calls.add(apply.json("{\"field\": \"year\", \"action\": \"add\", \"value\": \"2020\"}"));
        for (ApiCall call : List.of(queue, decide, decideAll, preview, apply, undo)) {
            calls.add(call.withoutHeader("Authorization"));
            calls.add(call.header("Authorization", "Bearer wrong-token-0123456789").to(ApiCall.Target.FRESH));
            calls.add(call.to(ApiCall.Target.THROTTLED));
        }
        // The server closes the connection of a body it refused unread: a GET after each (which the client
        // retries on a fresh connection) keeps the next POST off the closed one.
        for (ApiCall call : List.of(decide, decideAll, preview, apply)) {
            calls.add(call.json(big));
            calls.add(queue);
        }
        return calls;
    }
}
