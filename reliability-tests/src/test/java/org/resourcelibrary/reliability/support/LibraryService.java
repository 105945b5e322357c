package org.resourcelibrary.reliability.support;

import java.util.List;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.metrics.ServiceMetrics;

/**
 * The real web application over a library, started on a free loopback port as {@code serve} would run it:
 * the JSON API, the pages, and the librarian endpoints open to {@link #TOKEN}. Closing it stops the server
 * and the librarian, and closes the library.
 */
public final class LibraryService implements AutoCloseable {

    /** The librarian token the service accepts. */
    public static final String TOKEN = "reliability-librarian-token-2f9c41d7e0";

    private final LuceneLibrary library;
    private final Librarian librarian;
    private final RunningApp app;

    private LibraryService(LuceneLibrary library, Librarian librarian, RunningApp app) {
        this.library = library;
        this.librarian = librarian;
        this.app = app;
    }

    /** The service over {@code library} (stored in {@code data}) with default settings and {@link #TOKEN}. */
    public static LibraryService start(DataDirectory data, LuceneLibrary library) {
        return start(data, library, WebSettings.defaults(),
                new LibrarianAccess(AccessTokens.of(List.of(TOKEN), null), new FailedAttempts()));
    }

    /** The service with these settings and this access. */
    public static LibraryService start(DataDirectory data, LuceneLibrary library, WebSettings settings,
                                       LibrarianAccess access) {
        Librarian librarian = new Librarian(library, data, IngestSettings.defaults());
        WebServices services = new WebServices(library, data, Vocabulary.standard(), settings, access,
                new ServiceMetrics(), librarian);
        return new LibraryService(library, librarian, RunningApp.start(services));
    }

    public RunningApp app() {
        return app;
    }

    public LuceneLibrary library() {
        return library;
    }

    /** The port the service listens on (loopback). */
    public int port() {
        return app.uri("/").getPort();
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            try {
                librarian.close();
            } finally {
                library.close();
            }
        }
    }
}
