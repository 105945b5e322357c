package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an ingest did with one input file: the {@code status} of an {@link IngestItem}. */
public enum ItemStatus {
    /** New content, extracted and added. */
    INDEXED,
    /** Known path whose content changed (re-extracted, same id), or a known document found at a new path. */
    UPDATED,
    /** Nothing changed since the last run. */
    UNCHANGED,
    /** Content the library already holds under another path: that document now lists this path too. */
    DUPLICATE,
    /** Disappeared from the source: its document was deleted. */
    REMOVED,
    /** No text could be extracted; {@code reason} says why. */
    FAILED,
    /** Not ingested (hidden or system file, archive limit, a run stopped before it); {@code reason} says why. */
    SKIPPED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
