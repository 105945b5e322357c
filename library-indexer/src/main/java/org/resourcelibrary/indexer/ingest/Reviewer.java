package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.enrich.FieldProblem;
import org.resourcelibrary.indexer.enrich.FieldTexts;
import org.resourcelibrary.indexer.review.EvidenceStore;
import org.resourcelibrary.indexer.review.ReviewDecision;
import org.resourcelibrary.indexer.review.ReviewDecision.Decision;
import org.resourcelibrary.indexer.review.ReviewItem;
import org.resourcelibrary.indexer.review.ReviewLog;
import org.resourcelibrary.indexer.review.ReviewQueue;

/**
 * A librarian's decisions on the review queue, each made a librarian's edit of the document (so later ingests
 * keep it) and then logged: accepting keeps the value, correcting puts another in its place, rejecting
 * removes it. One decision at a time in the whole service (the API and the page each have a reviewer), as
 * each reads the field the last one left.
 */
public final class Reviewer {

    /** The name under which a decision's problems are reported: the corrected value. */
    public static final String VALUE = "value";

    /** One decision at a time, whichever reviewer makes it: a library has one service writing to it. */
    private static final Object DECIDING = new Object();

    private final Librarian librarian;
    private final ReviewQueue queue;
    private final ReviewLog log;
    private final Clock clock;

    public Reviewer(LibrarySearch library, Librarian librarian, ReviewQueue queue, ReviewLog log) {
        this(library, librarian, queue, log, Clock.systemUTC());
    }

    /** A reviewer of the queue of the library kept in {@code data}. */
    public static Reviewer of(LibrarySearch library, Librarian librarian, DataDirectory data) {
        ReviewLog log = new ReviewLog(data);
        return new Reviewer(library, librarian, new ReviewQueue(library, new EvidenceStore(data), log), log);
    }

    /** The queue this reviewer decides on. */
    public ReviewQueue queue() {
        return queue;
    }

    Reviewer(LibrarySearch library, Librarian librarian, ReviewQueue queue, ReviewLog log, Clock clock) {
        this.librarian = librarian;
        this.queue = queue;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Decides one waiting item.
     *
     * @param correction the value to put in place of the inferred one, for {@link Decision#CORRECT}; else ignored
     * @return the decision as logged, or empty when no such item waits (decided already, or gone)
     * @throws InvalidMetadataException when a correction is missing or cannot be understood, or a title is
     *                                  rejected (a document keeps a title: correct it instead)
     */
    public Optional<ReviewDecision> decide(String itemId, Decision decision, String correction)
            throws IOException, InvalidMetadataException {
        synchronized (DECIDING) {
            Optional<ReviewItem> item = queue.item(itemId);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            return decide(item.get(), decision, correction);
        }
    }

    /**
     * Accepts or rejects several waiting items; ids of items no longer waiting are passed over.
     *
     * @return the decisions made, in the order of the ids
     */
    public List<ReviewDecision> decideAll(List<String> itemIds, Decision decision)
            throws IOException, InvalidMetadataException {
        if (decision == Decision.CORRECT) {
            throw problem("several values are accepted or rejected together; correct each on its own");
        }
        synchronized (DECIDING) {
            List<ReviewDecision> made = new ArrayList<>();
            for (String id : itemIds) {
                Optional<ReviewItem> item = queue.item(id);
                if (item.isPresent()) {
                    decide(item.get(), decision, null).ifPresent(made::add);
                }
            }
            return made;
        }
    }

    private Optional<ReviewDecision> decide(ReviewItem item, Decision decision, String correction)
            throws IOException, InvalidMetadataException {
        MetadataField field = item.field();
        String corrected = correction == null ? "" : correction.strip();
        if (decision == Decision.CORRECT && corrected.isEmpty()) {
            throw problem("a correction needs the value to put in place of '" + item.value() + "'");
        }
        if (decision == Decision.REJECT && field == MetadataField.TITLE) {
            throw problem("a document keeps a title: correct it instead of rejecting it");
        }
        // Worked out from the document as it stands in this decision's turn: a value removed meanwhile (by a
        // decision through another web node) stays removed.
        List<List<String>> before = new ArrayList<>();
        Optional<Resource> changed = librarian.revise(item.document(), current -> {
            List<String> was = FieldTexts.of(field, current);
            before.add(was);
            return Map.of(field.key(), FieldTexts.formValue(decided(was, item, decision, corrected)));
        });
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = FieldTexts.of(field, changed.get());
        String stored = decision != Decision.CORRECT ? null
                : kept.stream().filter(value -> !before.get(0).contains(value)).findFirst().orElse(corrected);
        ReviewDecision made = new ReviewDecision(item.id(), item.document(), field, item.value(), decision, stored,
                kept, clock.instant());
        log.append(made);
        return Optional.of(made);
    }

    /** The field's values once the decision is made. */
    private static List<String> decided(List<String> before, ReviewItem item, Decision decision, String corrected) {
        List<String> after = new ArrayList<>(before);
        if (decision != Decision.ACCEPT && item.field().shape() == MetadataField.Shape.LIST) {
            int at = after.indexOf(item.value());
            if (at < 0) {
                // Removed meanwhile: a rejection has nothing left to do, a correction adds its value.
                at = after.size();
            } else {
                after.remove(at);
            }
            if (decision == Decision.CORRECT && !after.contains(corrected)) {
                after.add(at, corrected);
            }
        } else if (decision != Decision.ACCEPT) {
            after = decision == Decision.CORRECT ? List.of(corrected) : List.of();
        }
        return after;
    }

    private static InvalidMetadataException problem(String message) {
        return new InvalidMetadataException(List.of(new FieldProblem(VALUE, message)));
    }
}
