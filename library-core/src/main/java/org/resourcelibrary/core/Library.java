package org.resourcelibrary.core;

import java.io.Closeable;
import java.util.function.Supplier;
import org.resourcelibrary.core.LibraryWriter;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.thesaurus.Thesaurus;

/**
 * A library: what the indexer writes to and the service searches. The embedded Lucene implementation is
 * {@link org.resourcelibrary.core.lucene.LuceneLibrary}.
 */
public interface Library extends LibrarySearch, LibraryWriter, Closeable {

    /**
     * Searches with the thesaurus {@code current} gives from now on: the data directory's file, which a librarian may
     * change while the library serves. A backend that does not expand queries through the thesaurus ignores it, and
     * says so in every {@code SearchResponse.backendNotes}.
     */
    default Library useThesaurus(Supplier<Thesaurus> current) {
        return this;
    }
}
