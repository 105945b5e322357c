package org.resourcelibrary.core.changes;

import java.time.Instant;
import org.resourcelibrary.core.model.Resource;

/**
 * A document as a harvester sees it: as it is now, with the time it last changed, or deleted, with the time of
 * its deletion.
 *
 * @param datestamp when the document was last written to the library, or deleted
 * @param resource  the document; for a deleted one, what its tombstone keeps (id, type, topics, countries,
 *                  language: what decides the sets it belonged to)
 * @param deleted   whether the document was deleted
 */
public record Change(String id, Instant datestamp, Resource resource, boolean deleted) {

    /** Where this change stands in the order of a list of changes, to resume after it. */
    public Position position() {
        return new Position(datestamp.toEpochMilli(), id);
    }

    /**
     * A place in the list of changes, ordered by datestamp then id: a place, not an offset, so that documents
     * changing elsewhere in the list do not shift a harvest's next page.
     */
    public record Position(long datestampMillis, String id) implements Comparable<Position> {

        @Override
        public int compareTo(Position other) {
            int byTime = Long.compare(datestampMillis, other.datestampMillis);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }
}
