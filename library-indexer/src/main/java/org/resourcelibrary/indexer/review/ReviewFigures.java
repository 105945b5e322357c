package org.resourcelibrary.indexer.review;

import java.util.List;

/**
 * The review queue in figures, as the ingest report's {@code review} section gives it.
 *
 * @param waiting    inferred values on weak evidence waiting for a librarian's decision
 * @param acceptance per field with decisions, the share of inferred values accepted unchanged
 */
public record ReviewFigures(int waiting, List<AcceptanceFigure> acceptance) {

    public ReviewFigures {
        acceptance = List.copyOf(acceptance);
    }
}
