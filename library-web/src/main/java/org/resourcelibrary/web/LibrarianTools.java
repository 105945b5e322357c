package org.resourcelibrary.web;

import org.resourcelibrary.indexer.editions.DismissedEditions;
import org.resourcelibrary.indexer.editions.EditionReview;
import org.resourcelibrary.indexer.ingest.BulkEdit;
import org.resourcelibrary.indexer.ingest.Reviewer;

/**
 * The librarian's review tools, made once per server and shared by the API and the librarian pages: each keeps
 * state over files of the data directory (the review queue read into memory, the dismissed editions, the last
 * bulk edit) and guards it with its own lock, which only holds if both doors go through the same instance.
 *
 * @param reviewer the review queue of weak inferred values and its decisions
 * @param bulkEdit setting a field over the documents a search finds, and undoing the last batch
 * @param editions ingest's proposed editions, confirmed or dismissed
 */
public record LibrarianTools(Reviewer reviewer, BulkEdit bulkEdit, EditionReview editions) {

    public static LibrarianTools of(WebServices services) {
        return new LibrarianTools(Reviewer.of(services.library(), services.librarian(), services.data()),
                new BulkEdit(services.library(), services.librarian(), services.data()),
                new EditionReview(services.library(), services.librarian(), new DismissedEditions(services.data()),
                        services.thesaurus()::current, services.vocabulary()));
    }
}
