package org.resourcelibrary.indexer.ingest;

import java.nio.file.Path;
import java.util.List;
import org.resourcelibrary.indexer.enrich.Manifest;

/**
 * One ingest run.
 *
 * @param roots          the folders, zips and files to ingest
 * @param manifest       the librarian's metadata spreadsheet, already read and checked; or null
 * @param manifestFile   where it was read from (left out if it lies under a root); or null
 * @param dryRun         report what would happen and change nothing
 * @param removeOrphans  at the end, delete stored originals and texts no document refers to (left by a crash
 *                       or by removed documents); only safe when nothing else writes to the data directory
 * @param retryFailed    extract again the files that failed before even if they have not changed (by default
 *                       they are reported failed again without being tried)
 */
public record IngestRequest(List<SourceRoot> roots, Manifest manifest, Path manifestFile, boolean dryRun,
                            boolean removeOrphans, boolean retryFailed) {

    public IngestRequest {
        roots = List.copyOf(roots);
    }

    /** A command-line run: it has the data directory to itself, so it also cleans up after crashes. */
    public static IngestRequest of(List<SourceRoot> roots, Manifest manifest, Path manifestFile, boolean dryRun) {
        return new IngestRequest(roots, manifest, manifestFile, dryRun, !dryRun, false);
    }

    public IngestRequest withRetryFailed(boolean value) {
        return new IngestRequest(roots, manifest, manifestFile, dryRun, removeOrphans, value);
    }
}
