package org.resourcelibrary.web;

import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.metrics.ServiceMetrics;

/**
 * What the web application serves from: the library, its data directory, its vocabulary and the
 * settings. Built once in {@code main} (or a test) and handed to {@link LibraryWebApp#create}.
 *
 * @param access  who may use the librarian tools (API and page)
 * @param metrics what the service has done, for {@code GET /metrics}
 */
public record WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings,
                          LibrarianAccess access, ServiceMetrics metrics) {

    /** Services with the librarian tools closed (no tokens) and fresh metrics. */
    public WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings) {
        this(library, data, vocabulary, settings, LibrarianAccess.closed(), new ServiceMetrics());
    }

    /** The store of original files. */
    public BlobStore blobs() {
        return new BlobStore(data.blobs());
    }
}
