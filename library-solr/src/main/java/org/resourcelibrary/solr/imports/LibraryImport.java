package org.resourcelibrary.solr.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.solr.SolrLibrary;

/**
 * Copies every document of an embedded library into a SolrCloud collection: its metadata as the library has it now
 * (provenance and librarians' edits included), its text page by page, and the time it last changed. A document the
 * collection already has exactly so is skipped, so an import stopped half-way (or run again after more ingests)
 * only writes what is missing or different. Deleted documents are not carried over.
 */
public final class LibraryImport {

    /** Documents read from the embedded library's list of changes at a time. */
    public static final int PAGE = 200;
    /** Documents written between hard commits: what a restarted import may have to write again. */
    public static final int COMMIT_EVERY = 500;

    private final Library from;
    private final SolrLibrary to;

    public LibraryImport(Library from, SolrLibrary to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Runs the import to the end, then commits.
     *
     * @throws IOException when SolrCloud refuses a write (the import can be run again once it is back)
     */
    public ImportReport run() throws IOException {
        long start = System.nanoTime();
        long documents = 0;
        long imported = 0;
        long updated = 0;
        long unchanged = 0;
        List<ImportReport.Failure> failed = new ArrayList<>();
        Change.Position after = null;
        ChangePage page;
        do {
            page = from.changes(new ChangeRequest(null, null, null, null, after, PAGE));
            for (Change change : page.changes()) {
                after = change.position();
                if (change.deleted()) {
                    continue;
                }
                documents++;
                Optional<Resource> there = to.get(change.id());
                if (there.isPresent() && there.get().equals(change.resource())) {
                    unchanged++;
                } else {
                    Optional<ResourceContent> content = from.content(change.id());
                    if (content.isEmpty()) {
                        failed.add(new ImportReport.Failure(change.id(), "its text is not in the embedded index"));
                        continue;
                    }
                    to.upsert(content.get(), change.datestamp());
                    if (there.isPresent()) {
                        updated++;
                    } else {
                        imported++;
                    }
                    if ((imported + updated) % COMMIT_EVERY == 0) {
                        to.commit();
                    }
                }
            }
        } while (page.more());
        to.commit();
        return new ImportReport(documents, imported, updated, unchanged, failed,
                (System.nanoTime() - start) / 1_000_000);
    }
}
