package org.resourcelibrary.indexer.enrich;

/**
 * Something wrong in a manifest, where it is and what it is.
 *
 * @param line    the manifest line (1 is the header)
 * @param column  the column's name as in the header, or {@code null} for the whole line
 * @param message what is wrong, with a suggestion when there is one
 */
public record ManifestProblem(int line, String column, String message) {

    /** "line 12, countries: unknown country 'Zambai' (did you mean Zambia (ZM)?)" */
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
