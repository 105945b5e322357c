package org.resourcelibrary.indexer.ingest;

import java.time.Instant;
import java.util.List;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.SourceRef;

/** A document's record with its id, paths or modification time changed, everything else as it was. */
final class Revision {

    private Revision() {
    }

    static Resource of(Resource r, String id, List<SourceRef> sources, Instant modified) {
        return of(r, id, r.fileName(), sources, modified);
    }

    /**
     * The document found at other paths (renamed, moved): its file name, which downloads are named after,
     * follows its paths when none of them has the old name any more.
     */
    static Resource moved(Resource r, String id, List<SourceRef> sources) {
        boolean nameKept = sources.isEmpty()
                || sources.stream().anyMatch(ref -> SourceFile.fileName(ref.path()).equals(r.fileName()));
        String fileName = nameKept ? r.fileName() : SourceFile.fileName(sources.get(0).path());
        return of(r, id, fileName, sources, r.modified());
    }

    private static Resource of(Resource r, String id, String fileName, List<SourceRef> sources, Instant modified) {
        return r.withId(id).withFile(fileName, r.mediaType(), r.sizeBytes(), r.sha256()).withSources(sources)
                .withTimes(r.added(), modified);
    }
}
