package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.resourcelibrary.core.LibraryWriter;
import org.resourcelibrary.core.model.ResourceContent;

/**
 * Writes to the index from many threads and commits every {@code commitEvery} documents. Whoever writes a
 * document has stored its original and text first, so every commit refers only to durable files.
 */
final class IndexWrites {

    private final LibraryWriter library;
    private final int commitEvery;
    private final AtomicInteger uncommitted = new AtomicInteger();

    IndexWrites(LibraryWriter library, int commitEvery) {
        this.library = library;
        this.commitEvery = commitEvery;
    }

    void upsert(ResourceContent content) throws IOException {
        library.upsert(content);
        written();
    }

    void delete(String id) throws IOException {
        library.delete(id);
        written();
    }

    /** Commits whatever was written since the last commit. */
    synchronized void commit() throws IOException {
        if (uncommitted.get() > 0) {
            uncommitted.set(0);
            library.commit();
        }
    }

    private void written() throws IOException {
        if (uncommitted.incrementAndGet() >= commitEvery) {
            synchronized (this) {
                if (uncommitted.get() >= commitEvery) {
                    uncommitted.set(0);
                    library.commit();
                }
            }
        }
    }
}
