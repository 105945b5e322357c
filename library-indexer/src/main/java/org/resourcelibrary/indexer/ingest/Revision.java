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
        return new Resource(id, r.title(), r.summary(), r.keywords(), r.authors(), r.countries(), r.topics(),
                r.type(), r.language(), r.year(), r.organization(), r.fileName(), r.mediaType(), r.sizeBytes(),
                r.sha256(), sources, r.added(), modified, r.provenance(), r.extraction(), r.funder());
    }
}
