package org.resourcelibrary.indexer.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;

/**
 * One document as this run will leave it, while the run is being planned: the content it stands for, where
 * that content is found (source references, by key), and this run's files that are part of it.
 */
final class Draft {

    /** The document as the library holds it now, or null for content new to the library. */
    final Resource previous;
    final String sha256;
    final Map<String, SourceRef> refs = new LinkedHashMap<>();
    final List<Placement> placements = new ArrayList<>();
    /** References of the document whose files disappeared from their source. */
    final List<SourceRef> removed = new ArrayList<>();
    /** The id the document will have; decided once every file is placed. */
    String id;
    private boolean refsChanged;
    /** Whether a path the document had is still there (so a new path is a copy, not a move). */
    private boolean keptAPath;

    private Draft(Resource previous, String sha256) {
        this.previous = previous;
        this.sha256 = sha256;
        if (previous != null) {
            previous.sources().forEach(ref -> refs.put(ref.key(), ref));
            id = previous.id();
        }
    }

    static Draft of(Resource previous) {
        return new Draft(previous, previous.sha256());
    }

    static Draft newContent(String sha256) {
        return new Draft(null, sha256);
    }

    boolean isNew() {
        return previous == null;
    }

    /** A known path found again; its size or time may have changed with the content the same. */
    void found(SourceFile file) {
        SourceRef old = refs.put(file.key(), file.ref());
        refsChanged |= !file.ref().equals(old);
        keptAPath |= old != null && !isNew();
        placements.add(new Placement(file, ItemStatus.UNCHANGED));
    }

    /** A file of this content at a path the document did not list. */
    void add(SourceFile file, ItemStatus status) {
        refs.put(file.key(), file.ref());
        refsChanged = true;
        placements.add(new Placement(file, status));
    }

    /** A known path that disappeared. */
    void removed(String key) {
        SourceRef ref = refs.remove(key);
        if (ref != null) {
            removed.add(ref);
            refsChanged = true;
        }
    }

    /** A known path whose content is now different: it leaves this document. */
    void replaced(String key) {
        refsChanged |= refs.remove(key) != null;
    }

    /** Whether the document keeps at least one path: otherwise it is deleted or replaced. */
    boolean survives() {
        return !refs.isEmpty();
    }

    /** Whether the library's copy must be rewritten: its paths or its id change. */
    boolean rewritten() {
        return !isNew() && survives() && (refsChanged || !id.equals(previous.id()));
    }

    /**
     * A document whose every earlier path disappeared but whose content turned up at a new one was moved:
     * the first new path is reported as an update from the old path rather than as a copy.
     */
    void noteMove() {
        if (isNew() || keptAPath || removed.isEmpty() || refsFromOtherRuns()) {
            return;
        }
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            if (placement.status() == ItemStatus.DUPLICATE) {
                placements.set(i, new Placement(placement.file(), ItemStatus.UPDATED, removed.get(0).path()));
                return;
            }
        }
    }

    /** Whether some of its paths are outside this run (another source): then nothing moved. */
    private boolean refsFromOtherRuns() {
        for (String key : refs.keySet()) {
            if (placements.stream().noneMatch(p -> p.file().key().equals(key))) {
                return true;
            }
        }
        return false;
    }

    List<SourceRef> sources() {
        return List.copyOf(refs.values());
    }
}
