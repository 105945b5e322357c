package org.resourcelibrary.indexer.review;

import java.util.List;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.enrich.InferredValue;

/**
 * One value of the review queue: a document's inferred value resting on weak evidence, not yet decided.
 *
 * @param id       the item's id, stable for the same document, field and value
 * @param document the document's id
 * @param title    the document's title, to show which document it is
 * @param field    the field the value is of
 * @param value    the value (one element of a list field; a year as its digits)
 * @param mentions how many clues there are in all
 * @param clues    the first of them
 */
public record ReviewItem(String id, String document, String title, MetadataField field, String value,
                         int mentions, List<Clue> clues) {

    public ReviewItem {
        clues = List.copyOf(clues);
    }

    static ReviewItem of(String document, String title, InferredValue value) {
        return new ReviewItem(ReviewQueue.itemId(document, value.field(), value.value()), document, title,
                value.field(), value.value(), value.mentions(), value.clues());
    }
}
