package org.resourcelibrary.solr.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param documents       the documents of the library imported from
 * @param imported        those written to the collection, which did not have them
 * @param updated         those written over a different version of them in the collection (edited since)
 * @param unchanged       those the collection already had exactly so (written by an earlier run), left alone
 * @param deletions       the documents the library imported from has deleted (its tombstones)
 * @param deletionsCopied those deletions written to the collection by this run (the others it had already)
 * @param failed          those that could not be read from the library imported from, with why
 * @param elapsedMs       how long it took
 */
public record ImportReport(long documents, long imported, long updated, long unchanged, long deletions,
                           long deletionsCopied, List<Failure> failed, long elapsedMs) {

    public ImportReport {
        failed = List.copyOf(failed);
    }

    /** A document left out, and why. */
    public record Failure(String id, String reason) {
    }
}
