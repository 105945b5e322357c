package org.resourcelibrary.core.changes;

import java.util.List;

/**
 * One page of the list of changes.
 *
 * @param changes the changes, in datestamp then id order
 * @param total   how many changes the whole list has (every page, not only this one)
 * @param more    whether changes follow the last one of this page
 */
public record ChangePage(List<Change> changes, long total, boolean more) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
