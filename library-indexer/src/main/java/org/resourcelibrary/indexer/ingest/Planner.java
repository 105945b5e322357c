package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.indexer.enrich.ManifestRow;
import org.resourcelibrary.indexer.extract.FailureReason;

/**
 * Decides what a run does by comparing the files found with what the library holds. The library's index is
 * the ledger: every document lists the paths its content was found at, with size and time. A known path
 * with the same size and time is unchanged without reading it; any other file is hashed, and its content
 * decides: the same content as before (touched), content the library has elsewhere (a copy, or a move when
 * the old path is gone), or new content to extract. Paths the ledger lists that the scan did not find are
 * removed. Decisions depend only on the files and the library, never on timing, so a run that is killed
 * and run again decides the same.
 */
final class Planner {

    /** Hex digits of the content hash added to an id that is already taken. */
    private static final int DISAMBIGUATION_CHARS = 8;

    /** Added to the reason a known failure gives, so that the report says why the file was not tried. */
    static final String NOT_RETRIED = " (unchanged since it failed: not tried again)";

    private final Library library;
    private final ManifestLookup manifest;
    private final FailureLog failures;
    private final int threads;

    /** @param failures files that failed before, not tried again while unchanged */
    Planner(Library library, ManifestLookup manifest, FailureLog failures, int threads) {
        this.library = library;
        this.manifest = manifest;
        this.failures = failures;
        this.threads = threads;
    }

    Plan plan(Scan scan, List<SourceRoot> roots) throws IOException, InterruptedException {
        return new Planning(scan, roots).run();
    }

    /** The state of one plan. */
    private final class Planning {
        private final Scan scan;
        private final List<SourceRoot> roots;
        private final Map<String, Resource> ledger = new HashMap<>();
        /** Documents touched by this run, by their current id. */
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Map<String, Draft> bySha = new HashMap<>();
        private final List<Draft> created = new ArrayList<>();
        private final List<IngestItem> settled = new ArrayList<>();
        private final List<FailureLog.Failure> failed = new ArrayList<>();

        Planning(Scan scan, List<SourceRoot> roots) {
            this.scan = scan;
            this.roots = roots;
            settled.addAll(scan.leftOut());
        }

        Plan run() throws IOException, InterruptedException {
            readLedger();
            List<SourceFile> toHash = new ArrayList<>();
            Set<String> present = new HashSet<>();
            for (SourceFile file : scan.files()) {
                present.add(file.key());
                Resource known = ledger.get(file.key());
                Optional<FailureLog.Failure> failedBefore = failures.find(file);
                if (known != null && file.sameAs(refOf(known, file.key()))) {
                    drafts.get(known.id()).found(file);
                } else if (failedBefore.isPresent()) {
                    FailureLog.Failure failure = failedBefore.get();
                    failed.add(failure);
                    settled.add(IngestItem.failed(file.source(), file.path(), failure.reason(),
                            failure.detail() == null ? NOT_RETRIED.strip() : failure.detail() + NOT_RETRIED));
                } else {
                    toHash.add(file);
                }
            }
            Map<SourceFile, String> hashes = hash(toHash);
            ledger.forEach((key, resource) -> {
                if (!present.contains(key) && removable(key)) {
                    drafts.get(resource.id()).removed(key);
                }
            });
            for (SourceFile file : toHash) {
                String sha = hashes.get(file);
                if (sha != null) {
                    place(file, sha);
                }
            }
            drafts.values().forEach(Draft::noteMove);
            Map<String, Draft> claims = assignIds();
            for (FailureLog.Failure failure : failures.failures()) {
                if (!present.contains(failure.key()) && !removable(failure.key())) {
                    failed.add(failure);
                }
            }
            return work(claims);
        }

        /** What the library lists under this run's sources, path by path. */
        private void readLedger() {
            Set<String> sources = new LinkedHashSet<>();
            roots.forEach(root -> sources.add(root.source()));
            for (String source : sources) {
                for (Resource resource : library.findBySource(source)) {
                    Draft draft = draftOf(resource);
                    for (SourceRef ref : resource.sources()) {
                        if (ref.source().equals(source) && ledger.putIfAbsent(ref.key(), resource) != null
                                && !ledger.get(ref.key()).id().equals(resource.id())) {
                            // Two documents claim one path (left by an interrupted older run): the first keeps it.
                            draft.replaced(ref.key());
                        }
                    }
                }
            }
        }

        private Draft draftOf(Resource resource) {
            Draft draft = drafts.computeIfAbsent(resource.id(), id -> Draft.of(resource));
            if (resource.sha256() != null) {
                bySha.putIfAbsent(resource.sha256(), draft);
            }
            return draft;
        }

        /** Whether a known path that was not found this time is gone (rather than out of this run's sight). */
        private boolean removable(String key) {
            if (scan.unreadable(key)) {
                return false;
            }
            for (SourceRoot root : roots) {
                if (root.removeMissing() && key.startsWith(root.source() + "!" + root.prefix())) {
                    return true;
                }
            }
            return false;
        }

        /** A changed or new file, by its content. */
        private void place(SourceFile file, String sha) {
            Resource known = ledger.get(file.key());
            if (known != null && sha.equals(known.sha256())) {
                drafts.get(known.id()).found(file);
                return;
            }
            if (known != null) {
                drafts.get(known.id()).replaced(file.key());
            }
            Draft draft = bySha.get(sha);
            if (draft == null) {
                draft = library.findBySha256(sha).map(this::draftOf).orElse(null);
            }
            if (draft == null) {
                draft = Draft.newContent(sha);
                bySha.put(sha, draft);
                created.add(draft);
                draft.add(file, known != null ? ItemStatus.UPDATED : ItemStatus.INDEXED);
            } else {
                draft.add(file, known != null ? ItemStatus.UPDATED : ItemStatus.DUPLICATE);
            }
        }

        /**
         * New content takes the id of its first path, even from a document that had it (whose content
         * changed); a document that loses its id this way but keeps other paths takes the id of one of those.
         */
        private Map<String, Draft> assignIds() {
            Map<String, Draft> claims = new HashMap<>();
            for (Draft draft : created) {
                SourceFile first = draft.placements.get(0).file();
                String id = DocumentIds.forPath(first.source(), first.path());
                if (claims.containsKey(id) || takenOutsideThisRun(id)) {
                    id = id + "-" + draft.sha256.substring(0, DISAMBIGUATION_CHARS);
                }
                draft.id = id;
                claims.put(id, draft);
            }
            // Every id the run has seen stays out of reach of a new home, so that no rewrite lands on an id that
            // another document's deletion or rewrite is about to drop.
            Set<String> taken = new HashSet<>(claims.keySet());
            taken.addAll(drafts.keySet());
            for (Draft draft : drafts.values()) {
                if (draft.survives() && claims.containsKey(draft.previous.id())) {
                    draft.id = newHome(draft, taken);
                    taken.add(draft.id);
                }
            }
            return claims;
        }

        private String newHome(Draft draft, Set<String> taken) {
            for (SourceRef ref : draft.sources()) {
                String id = DocumentIds.forPath(ref.source(), ref.path());
                if (!taken.contains(id) && !takenOutsideThisRun(id)) {
                    return id;
                }
            }
            return draft.previous.id() + "-" + draft.sha256.substring(0, DISAMBIGUATION_CHARS);
        }

        private boolean takenOutsideThisRun(String id) {
            return !drafts.containsKey(id) && library.get(id).isPresent();
        }

        private Plan work(Map<String, Draft> claims) {
            List<Plan.Rewrite> rewrites = new ArrayList<>();
            List<Resource> deletions = new ArrayList<>();
            List<Plan.Indexing> indexings = new ArrayList<>();
            Map<String, Resource> replaced = new HashMap<>();
            for (Draft draft : drafts.values()) {
                if (!draft.survives()) {
                    if (claims.containsKey(draft.previous.id())) {
                        replaced.put(draft.previous.id(), draft.previous);
                    } else {
                        deletions.add(draft.previous);
                        draft.removed.forEach(ref -> settled.add(IngestItem.of(ref.source(), ref.path(),
                                ItemStatus.REMOVED, draft.previous.id(), draft.previous)));
                    }
                    continue;
                }
                if (draft.rewritten()) {
                    rewrites.add(new Plan.Rewrite(draft.previous, draft.id, draft.sources()));
                }
                Optional<List<Placement>> changedRow = manifestChange(draft);
                if (changedRow.isPresent()) {
                    indexings.add(new Plan.Indexing(draft.id, draft.sha256, draft.sources(), changedRow.get(),
                            draft.previous));
                } else {
                    draft.placements.forEach(p -> settled.add(IngestItem.of(p, draft.id, draft.previous)));
                }
            }
            for (Draft draft : created) {
                indexings.add(new Plan.Indexing(draft.id, draft.sha256, draft.sources(), draft.placements,
                        replaced.get(draft.id)));
            }
            return new Plan(settled, rewrites, deletions, indexings, failed);
        }

        /**
         * When a file of the document has a manifest row that no longer matches the document: its placements,
         * that file first and reported as updated.
         */
        private Optional<List<Placement>> manifestChange(Draft draft) {
            for (Placement placement : draft.placements) {
                Optional<ManifestRow> row = manifest.row(placement.file());
                if (row.isPresent()) {
                    if (!MetadataFields.manifestChanged(row.get().values(), draft.previous)) {
                        return Optional.empty();
                    }
                    List<Placement> placements = new ArrayList<>();
                    placements.add(new Placement(placement.file(), ItemStatus.UPDATED, placement.movedFrom()));
                    draft.placements.stream().filter(p -> p != placement).forEach(placements::add);
                    return Optional.of(placements);
                }
            }
            return Optional.empty();
        }

        /** Content hashes of the files, on all threads; a file that cannot be read is reported failed. */
        private Map<SourceFile, String> hash(List<SourceFile> files) throws IOException, InterruptedException {
            Map<SourceFile, String> hashes = new HashMap<>();
            if (files.isEmpty()) {
                return hashes;
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
            try {
                List<Future<String>> futures = new ArrayList<>();
                files.forEach(file -> futures.add(pool.submit(() -> BlobStore.sha256(file.file()))));
                for (int i = 0; i < files.size(); i++) {
                    SourceFile file = files.get(i);
                    try {
                        hashes.put(file, futures.get(i).get());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof IOException unreadable)) {
                            throw new IllegalStateException("hashing " + file.file() + " failed", e.getCause());
                        }
                        settled.add(IngestItem.failed(file.source(), file.path(), FailureReason.UNREADABLE.code(),
                                unreadable.getMessage()));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return hashes;
        }
    }

    private static SourceRef refOf(Resource resource, String key) {
        return resource.sources().stream().filter(ref -> ref.key().equals(key)).findFirst().orElseThrow();
    }
}
