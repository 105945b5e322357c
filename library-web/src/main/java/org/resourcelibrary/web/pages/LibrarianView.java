package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.web.pages.SearchView.Link;
import org.resourcelibrary.web.pages.SearchView.Option;

/**
 * What the librarian page shows: the sign-in form, or (signed in) the upload form, the latest ingest
 * reports with their failed files, a search for documents to edit, and the edit form of one document.
 *
 * @param csrf     the session's CSRF token, carried by every form (null when signed out)
 * @param notice   what the last action did, or null
 * @param problems what was wrong with the last form sent (each names its field), empty when nothing
 */
public record LibrarianView(
        boolean signedIn,
        String csrf,
        String notice,
        List<String> problems,
        MetadataFields upload,
        String query,
        List<Link> found,
        List<ReportSummary> reports,
        Editing editing) {

    /** The signed-out page, with what went wrong at the last sign-in if anything. */
    static LibrarianView signedOut(String problem) {
        return new LibrarianView(false, null, null, problem == null ? List.of() : List.of(problem), null, "",
                List.of(), List.of(), null);
    }

    /**
     * The metadata fields of the upload and edit forms, each with its current value and its pick-list.
     *
     * @param countries every country, the document's selected
     * @param languages the label languages and the document's language if another
     * @param more      the fields the form has no widget of its own for, each a line of text
     */
    public record MetadataFields(String title, String summary, String keywords, String authors, String year,
                                 String organization, List<Option> countries, List<Option> topics,
                                 List<Option> types, List<Option> languages, List<TextField> more) {
    }

    /** A metadata field typed as one line of text. */
    public record TextField(String name, String label, String value) {
    }

    /**
     * A document being edited.
     *
     * @param href      the document's public page
     * @param action    where its edit form posts (its delete form posts to {@code action + "/delete"})
     * @param version   the version of the document shown ({@code DocumentVersion}), which the forms send back
     *                  so that a change is made only on that version
     * @param changedMeanwhile when another change came between the page shown and the form sent: each field
     *                  where the librarian's entries (kept in {@code fields}) differ from the document as it now
     *                  stands, with its current value; empty otherwise
     */
    public record Editing(String id, String title, String href, String action, String fileName,
                          MetadataFields fields, String version, List<TextField> changedMeanwhile) {
    }

    /**
     * One ingest run.
     *
     * @param name   the report's file name (it says when the run was)
     * @param counts what happened to the files, e.g. "12 indexed · 1 failed"
     * @param failed the files that could not be ingested, with why
     */
    public record ReportSummary(String name, String counts, long elapsedMs, List<FailedFile> failed) {
    }

    /** A file an ingest could not read or index. */
    public record FailedFile(String path, String reason) {
    }
}
