package org.resourcelibrary.indexer.ingest;

import java.util.List;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;

/**
 * What a run will do, decided before anything is written.
 *
 * @param settled   items final already (unchanged, copies, moves, removals, files left out or unreadable)
 * @param rewrites  documents whose paths or id change, rewritten from their stored text (no extraction)
 * @param deletions documents none of whose paths is left
 * @param indexings documents to (re)build from text: new content, extracted unless its text is cached, and
 *                  known content whose manifest row changed
 * @param failures  the earlier failures that still hold: of files not tried again, and of files out of this
 *                  run's sight
 */
record Plan(List<IngestItem> settled, List<Rewrite> rewrites, List<Resource> deletions, List<Indexing> indexings,
            List<FailureLog.Failure> failures) {

    Plan {
        settled = List.copyOf(settled);
        rewrites = List.copyOf(rewrites);
        deletions = List.copyOf(deletions);
        indexings = List.copyOf(indexings);
        failures = List.copyOf(failures);
    }

    /** A document that keeps its content but not its paths (or id). */
    record Rewrite(Resource previous, String id, List<SourceRef> sources) {

        /** The document as rewritten: its new id, paths and file name, everything else as it was. */
        Resource rewritten() {
            return Revision.moved(previous, id, sources);
        }
    }

    /**
     * A document built from its text.
     *
     * @param placements this run's files that are part of it; the first is the one read
     * @param previous   the document whose librarian edits and first-added date carry over (the same content
     *                   with a changed manifest row, or what this content replaces at the same id); or null
     */
    record Indexing(String id, String sha256, List<SourceRef> sources, List<Placement> placements,
                    Resource previous) {

        /** Whether the content is already in the library and only its metadata is redone. */
        boolean reenrichment() {
            return previous != null && sha256.equals(previous.sha256());
        }

        Placement primary() {
            return placements.get(0);
        }
    }

    /** Input files that will each end as one item. */
    int pendingFiles() {
        return indexings.stream().mapToInt(indexing -> indexing.placements().size()).sum();
    }
}
