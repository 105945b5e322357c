package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.web.pages.SearchView.Option;

/**
 * The evidence-gap map page, ready to print: a table whose cells are shaded by the documents they count (a heat
 * map), the searches beside them, and the same table read by screen readers as it is.
 *
 * @param rowOptions    the dimensions the rows may show, the one shown selected (likewise the columns)
 * @param columns       the columns' labels
 * @param table         the rows; null when the request was not understood
 * @param legend        the shades the map can show, each with the documents it stands for
 * @param demand        whether searches are recorded (else the cells count documents only)
 * @param csvHref       the same map as CSV (API, librarian token)
 * @param error         why the request was not understood; or null
 */
public record GapMapView(String rowsHeading, String from, String to, List<Option> rowOptions,
                         List<Option> columnOptions, List<Option> languages, List<String> columns, List<HeatRow> table,
                         List<Shade> legend, boolean demand, String csvHref, String error) {

    /** A shade of the legend: its class and the documents, {@code from} to {@code to}, of a cell so shaded. */
    public record Shade(String css, long from, long to) {
    }

    /** A row of the map: its label, its totals and its cells. */
    public record HeatRow(String label, HeatCell total, List<HeatCell> cells) {
    }

    /**
     * A cell: the documents, the searches that named both values and those that found nothing, and its shade.
     *
     * @param shade a class of the colour scale, {@code heat-0} (no documents) to {@code heat-5} (the most)
     * @param gap   searched for with no document to find
     */
    public record HeatCell(long documents, Long searches, Long zeroResults, String shade, boolean gap) {

        /** The cell's classes: its shade, and the gap's outline. */
        public String css() {
            return gap ? shade + " heat-gap" : shade;
        }
    }
}
