package org.resourcelibrary.solr.imports;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.solr.SolrBatch;
import org.resourcelibrary.solr.SolrLibrary;

/**
 * Copies a library, by its list of changes, into a SolrCloud collection: from the embedded index, or from another
 * collection (another version of the configset). Each document with its metadata as the library has it now
 * (provenance and librarians' edits included), its text page by page, and the time it last changed; each deleted
 * document as its tombstone with the time of its deletion, so that a harvester sees the deletions it has not yet
 * seen after the move. What the collection already has exactly so is skipped, so an import stopped half-way (or run
 * again after more ingests and deletions) only writes what is missing or different.
 */
public final class LibraryImport {

    /** Changes read from the source's list of changes, and written to the collection, at a time. */
    public static final int PAGE = 200;
    /** Documents written between hard commits: what a restarted import may have to write again. */
    public static final int COMMIT_EVERY = 5_000;
    /**
     * Pages copied at once: while SolrCloud indexes one, the next one's texts are read and sent (each id is on one
     * page only, so pages never write over each other).
     */
    public static final int PAGES_AT_ONCE = 2;
    /**
     * How long to wait for SolrCloud during an import, at least: writing a page of long texts is far more work than
     * the searches a connection's own timeout is set for.
     */
    public static final Duration WAIT_AT_LEAST = Duration.ofMinutes(5);

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
        Tally total = new Tally();
        long uncommitted = 0;
        Deque<Future<Tally>> copying = new ArrayDeque<>();
        ExecutorService pool = Executors.newFixedThreadPool(PAGES_AT_ONCE);
        try {
            Change.Position after = null;
            ChangePage page;
            do {
                page = from.changes(new ChangeRequest(null, null, null, null, after, PAGE));
                List<Change> changes = page.changes();
                after = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
                copying.add(pool.submit(() -> copy(changes)));
                if (copying.size() >= PAGES_AT_ONCE) {
                    uncommitted += total.add(finished(copying.poll()));
                }
                if (uncommitted >= COMMIT_EVERY) {
                    to.commit();
                    uncommitted = 0;
                }
            } while (page.more());
            while (!copying.isEmpty()) {
                total.add(finished(copying.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        to.commit();
        return new ImportReport(total.documents, total.imported, total.updated, total.unchanged, total.deletions,
                total.deletionsCopied, total.failed, (System.nanoTime() - start) / 1_000_000);
    }

    /** Writes what the collection lacks of one page of changes, in one request. */
    private Tally copy(List<Change> changes) throws IOException {
        Map<String, Change> there = to.lastChanges(changes.stream().map(Change::id).toList());
        SolrBatch batch = to.batch();
        Tally tally = new Tally();
        for (Change change : changes) {
            copy(change, there.get(change.id()), batch, tally);
        }
        batch.send();
        return tally;
    }

    /** Adds the change to the batch unless the collection's last change of the document ({@code there}) is it. */
    private void copy(Change change, Change there, SolrBatch batch, Tally tally) {
        if (change.deleted()) {
            tally.deletions++;
            if (!sameTime(change, there) || !there.deleted()) {
                batch.tombstone(change.resource(), change.datestamp());
                tally.deletionsCopied++;
            }
            return;
        }
        tally.documents++;
        if (sameTime(change, there) && !there.deleted() && there.resource().equals(change.resource())) {
            tally.unchanged++;
            return;
        }
        Optional<ResourceContent> content = from.content(change.id());
        if (content.isEmpty()) {
            tally.failed.add(new ImportReport.Failure(change.id(), "its text is not in the library imported from"));
            return;
        }
        batch.upsert(content.get(), change.datestamp());
        if (there == null || there.deleted()) {
            tally.imported++;
        } else {
            tally.updated++;
        }
    }

    /** Whether the collection's change of the document is of the same time (to the millisecond, as it keeps it). */
    private static boolean sameTime(Change change, Change there) {
        return there != null && there.datestamp().toEpochMilli() == change.datestamp().toEpochMilli();
    }

    /** What a page's copy did, once it has finished. */
    private static Tally finished(Future<Tally> copy) throws IOException {
        try {
            return copy.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("copying a page of changes failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", e);
        }
    }

    /** What the run, or one page of it, did. */
    private static final class Tally {
        long documents;
        long imported;
        long updated;
        long unchanged;
        long deletions;
        long deletionsCopied;
        final List<ImportReport.Failure> failed = new ArrayList<>();

        /** Adds a page's tally; returns how many writes it made. */
        long add(Tally page) {
            documents += page.documents;
            imported += page.imported;
            updated += page.updated;
            unchanged += page.unchanged;
            deletions += page.deletions;
            deletionsCopied += page.deletionsCopied;
            failed.addAll(page.failed);
            return page.imported + page.updated + page.deletionsCopied;
        }
    }
}
