package org.resourcelibrary.core;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;

/**
 * Write side of the library. Changes become searchable within a second (near-real-time) and durable at
 * {@link #commit()}: a crash loses at most what was written since the last commit, never the index.
 */
public interface LibraryWriter {

    /** Adds the resource, or replaces the one with the same id. */
    void upsert(ResourceContent content) throws IOException;

    /** Removes the resource with this id (no-op when unknown). */
    void delete(String id) throws IOException;

    /** Makes every change so far durable (fsync'd) and visible to searches. */
    void commit() throws IOException;

    /** The resource whose original has this SHA-256, if any: identical content is one resource. */
    Optional<Resource> findBySha256(String sha256);

    /** Every resource with at least one source reference under {@code source} (for incremental ingest). */
    List<Resource> findBySource(String source);

    /** The stored text of a resource, page by page, for re-indexing after a metadata edit. */
    Optional<ResourceContent> content(String id);

    /**
     * The SHA-256 of every resource's original, as of the last refresh: what the blob store and text cache
     * must keep (anything else there is left over from a crash or a deletion).
     */
    Set<String> contentHashes();
}
