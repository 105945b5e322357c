package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.indexer.enrich.Clue;
import org.resourcelibrary.indexer.review.AcceptanceFigure;
import org.resourcelibrary.web.i18n.Messages;

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

    /** A field's figure: the share accepted unchanged (0 to 1; null before any decision), a percentage as shown. */
    public record Figure(String field, int decided, int accepted, Double share) {

        static Figure of(AcceptanceFigure figure) {
            return new Figure(figure.field().key(), figure.decided(), figure.accepted(), figure.share());
        }
    }

    /** Where in a document a clue is, in the page's language; a place the bundles do not name, as it is. */
    public static String place(Messages ui, String place) {
        return switch (place) {
            case Clue.TITLE -> ui.text("review.place.title");
            case Clue.KEYWORDS -> ui.text("review.place.keywords");
            case Clue.PATH -> ui.text("review.place.path");
            case Clue.COVER -> ui.text("review.place.cover");
            case Clue.FIRST_PAGE -> ui.text("review.place.firstPage");
            case Clue.TEXT -> ui.text("review.place.text");
            case Clue.FORMAT -> ui.text("review.place.format");
            case Clue.DETECTOR -> ui.text("review.place.detector");
            default -> place;
        };
    }
}
