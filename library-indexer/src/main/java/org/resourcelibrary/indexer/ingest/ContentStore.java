package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.store.ExtractedText;
import org.resourcelibrary.core.store.TextCache;

/**
 * The originals and their extracted texts, by content hash: written before the index commit that refers
 * to them, and removed only once no committed document does.
 */
final class ContentStore {

    private final BlobStore blobs;
    private final TextCache texts;

    ContentStore(DataDirectory data) {
        this.blobs = new BlobStore(data.blobs());
        this.texts = new TextCache(data.text());
    }

    Optional<ExtractedText> text(String sha256) {
        return texts.get(sha256);
    }

    /** Stores an original and, unless it came from the cache, its text; both durable when this returns. */
    void put(Path file, String sha256, ExtractedText text, boolean textCached) throws IOException {
        blobs.put(file, sha256);
        if (!textCached) {
            texts.put(text);
        }
    }

    /**
     * Deletes every original and text whose hash is not in {@code live}.
     *
     * @return how many contents were removed
     */
    int keepOnly(Set<String> live) throws IOException {
        Set<String> stored = new HashSet<>(blobs.all());
        stored.addAll(texts.all());
        stored.removeAll(live);
        for (String sha : stored) {
            remove(sha);
        }
        return stored.size();
    }

    void remove(String sha256) throws IOException {
        blobs.delete(sha256);
        texts.delete(sha256);
    }
}
