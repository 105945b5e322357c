package org.resourcelibrary.core;

import java.io.Closeable;
import org.resourcelibrary.core.index.LibraryWriter;
import org.resourcelibrary.core.search.LibrarySearch;

/**
 * A library: what the indexer writes to and the service searches. The embedded Lucene implementation is
 * {@link org.resourcelibrary.core.index.LuceneLibrary}.
 */
public interface Library extends LibrarySearch, LibraryWriter, Closeable {
}
