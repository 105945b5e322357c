package org.resourcelibrary.core.changes;

import java.time.Instant;
import org.resourcelibrary.core.search.Dimension;

/**
 * A page of the list of changes: those with a datestamp from {@code from} to {@code until} (both inclusive, to
 * the millisecond; null for no bound), in a set, after a position.
 *
 * @param dimension the set's dimension, or null for every document
 * @param value     the set's value in that dimension (a code, e.g. {@code toolkit}), or null for every document
 *                  with a value in it
 * @param after     the last change of the previous page, or null for the first page
 * @param count     most changes on the page
 */
public record ChangeRequest(Instant from, Instant until, Dimension dimension, String value, Change.Position after,
                            int count) {

    public ChangeRequest {
        if (count < 1) {
            throw new IllegalArgumentException("a page has at least one change, asked for " + count);
        }
        if (value != null && dimension == null) {
            throw new IllegalArgumentException("a set value needs its dimension");
        }
    }

    /** Whether a datestamp is within the request's bounds. */
    public boolean covers(long datestampMillis) {
        return (from == null || datestampMillis >= from.toEpochMilli())
                && (until == null || datestampMillis <= until.toEpochMilli());
    }
}
