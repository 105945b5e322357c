package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.indexer.ingest.BulkEdit;
import org.resourcelibrary.web.i18n.Messages;

/**
 * The bulk edit page, ready to print.
 *
 * @param csrf     the session's token, for the forms that change something
 * @param search   the search's query string (without the edit's own fields), carried by every form
 * @param hidden   the search's parameters other than {@code q}, as hidden fields of the search form
 * @param query    the search's words
 * @param fields   the metadata fields, for the field list
 * @param field    the field chosen, or null
 * @param action   the action chosen, or null
 * @param value    the value typed
 * @param preview  what the edit would change, or null before a preview
 * @param last     the last batch applied and not undone, or null
 * @param notice   what the last post did, or null
 * @param problem  why the edit was refused, or null
 */
public record BulkEditView(String csrf, String search, List<Hidden> hidden, String query, List<String> fields,
                           String field, String action, String value, BulkEdit.Batch preview, BulkEdit.Batch last,
                           String notice, String problem) {

    /** A search parameter carried as a hidden field. */
    public record Hidden(String name, String value) {
    }

    /** What an edit does, in the page's language, as the action list names it. */
    public static String action(Messages ui, BulkEdit.Action action) {
        return switch (action) {
            case SET -> ui.text("bulk.action.set");
            case ADD -> ui.text("bulk.action.add");
            case REMOVE -> ui.text("bulk.action.remove");
        };
    }

    /** A list of values as shown: joined, or a dash for none. */
    public static String shown(List<String> values) {
        return values.isEmpty() ? "—" : String.join("; ", values);
    }
}
