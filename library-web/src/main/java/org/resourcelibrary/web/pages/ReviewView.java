package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.review.AcceptanceFigure;

/**
 * The review queue page, ready to print.
 *
 * @param csrf       the session's token, for the form
 * @param rows       the values waiting
 * @param acceptance per field with decisions, the share accepted unchanged
 * @param notice     what the last decision did, or null
 * @param problem    why the last decision was refused, or null
 */
public record ReviewView(String csrf, List<Row> rows, List<Figure> acceptance, String notice, String problem) {

    /**
     * One value waiting.
     *
     * @param id         the item's id (checkbox value and the name of its correction field)
     * @param document   the document's page
     * @param title      the document's title
     * @param field      the field's name
     * @param value      the value as shown (a label with its code)
     * @param rejectable whether the value may be rejected (a document keeps a title)
     * @param mentions   how many clues there are
     * @param clues      the first of them
     */
    public record Row(String id, String document, String title, String field, String value, boolean rejectable,
                      int mentions, List<Clue> clues) {
    }

    /** A field's figure as shown: the share as a whole percentage. */
    public record Figure(String field, int decided, int accepted, String share) {

        static Figure of(AcceptanceFigure figure) {
            return new Figure(figure.field().key(), figure.decided(), figure.accepted(),
                    figure.share() == null ? "" : Math.round(figure.share() * 100) + " %");
        }
    }
}
