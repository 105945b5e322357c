package org.resourcelibrary.solr.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param documents  the documents of the embedded library
 * @param imported   those written to the collection, which did not have them
 * @param updated    those written over a different version of them in the collection (edited since)
 * @param unchanged  those the collection already had exactly so (written by an earlier run), left alone
 * @param failed     those that could not be read from the embedded library, with why
 * @param elapsedMs  how long it took
 */
public record ImportReport(long documents, long imported, long updated, long unchanged, List<Failure> failed,
                           long elapsedMs) {

    public ImportReport {
        failed = List.copyOf(failed);
    }

    /** A document left out, and why. */
    public record Failure(String id, String reason) {
    }
}
