package org.resourcelibrary.indexer.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.FieldSource;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.indexer.enrich.FieldTexts;
import org.resourcelibrary.indexer.enrich.InferredValue;

/**
 * The review queue: every value a document has from inference on weak evidence, not yet decided. Made at each
 * look from the evidence, the decisions and the documents as they are now (the evidence and the decisions kept in
 * memory by their stores, which read again only what changed on disk), so that it is never out of step: a value
 * the document no longer has (re-ingested, edited by hand, deleted) is no longer queued. A field a decision
 * made the librarian's stays open for its other values until someone edits it by hand.
 */
public final class ReviewQueue {

    /** Hex digits of an item's id: unique among a library's queued values many times over. */
    static final int ID_CHARS = 16;

    private final LibrarySearch library;
    private final EvidenceStore evidence;
    private final ReviewLog log;

    public ReviewQueue(LibrarySearch library, EvidenceStore evidence, ReviewLog log) {
        this.library = library;
        this.evidence = evidence;
        this.log = log;
    }

    /** The items waiting, by document id and then in the order of the fields. */
    public List<ReviewItem> items() throws IOException {
        Decided decided = new Decided(log.all());
        List<ReviewItem> items = new ArrayList<>();
        evidence.all().forEach((id, values) -> {
            List<InferredValue> weak = values.stream().filter(InferredValue::weak).toList();
            if (weak.isEmpty()) {
                return;
            }
            library.get(id).ifPresent(resource -> weak.stream()
                    .filter(value -> waiting(resource, value, decided))
                    .forEach(value -> items.add(ReviewItem.of(id, resource.title(), value))));
        });
        return items;
    }

    /** The waiting item with {@code id}, if there is one. */
    public Optional<ReviewItem> item(String id) throws IOException {
        return items().stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** Per field with decisions, in the order of the fields, the share of values accepted unchanged. */
    public List<AcceptanceFigure> acceptance() throws IOException {
        Map<MetadataField, int[]> counts = new EnumMap<>(MetadataField.class);
        for (ReviewDecision decision : log.all()) {
            int[] count = counts.computeIfAbsent(decision.field(), field -> new int[2]);
            count[0]++;
            count[1] += decision.decision() == ReviewDecision.Decision.ACCEPT ? 1 : 0;
        }
        List<AcceptanceFigure> figures = new ArrayList<>();
        counts.forEach((field, count) -> figures.add(AcceptanceFigure.of(field, count[0], count[1])));
        return figures;
    }

    /** The queue in figures: items waiting and the share accepted per field. */
    public ReviewFigures figures() throws IOException {
        return new ReviewFigures(items().size(), acceptance());
    }

    /** The id of the item of {@code value} of {@code document}'s {@code field}. */
    public static String itemId(String document, MetadataField field, String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((document + '\u0000' + field.key() + '\u0000'
                    + value).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; hex.length() < ID_CHARS; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Whether {@code value} still waits: the document still has it, nobody decided on it, and its field is
     * inferred, or the librarian's only through decisions on the queue (nobody edited it by hand since).
     */
    private static boolean waiting(Resource resource, InferredValue value, Decided decided) {
        List<String> current = FieldTexts.of(value.field(), resource);
        if (!current.contains(value.value())
                || decided.items.contains(itemId(resource.id(), value.field(), value.value()))) {
            return false;
        }
        FieldSource source = resource.provenance().get(value.field());
        return source == FieldSource.INFERRED || source == FieldSource.EDIT
                && current.equals(decided.lastAfter.get(resource.id() + '\u0000' + value.field().key()));
    }

    /** The decisions, as the queue asks about them. */
    private static final class Decided {
        private final Set<String> items = new HashSet<>();
        /** The values each decided field was left with by its last decision, by document and field. */
        private final Map<String, List<String>> lastAfter = new HashMap<>();

        Decided(List<ReviewDecision> decisions) {
            for (ReviewDecision decision : decisions) {
                items.add(decision.item());
                lastAfter.put(decision.document() + '\u0000' + decision.field().key(), decision.after());
            }
        }
    }
}
