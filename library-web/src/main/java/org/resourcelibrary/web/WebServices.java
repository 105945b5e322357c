package org.resourcelibrary.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.thesaurus.ThesaurusFile;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.resourcelibrary.web.auth.LibrarianAccess;
import org.resourcelibrary.web.metrics.ServiceMetrics;

/**
 * What the web application serves from: the library, its data directory, its vocabulary and the
 * settings. Built once in {@code main} (or a test) and handed to {@link LibraryWebApp#create}.
 *
 * @param access    who may use the librarian tools (API and page)
 * @param metrics   what the service has done, for {@code GET /metrics}
 * @param librarian uploads, edits, deletions and zip jobs through the ingest pipeline; closed with the server
 * @param thesaurus the data directory's thesaurus file, which the librarian page shows and saves
 * @param analytics what members search, open and download, for the librarians' insights (or off)
 */
public record WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings,
                          LibrarianAccess access, ServiceMetrics metrics, Librarian librarian,
                          ThesaurusFile thesaurus, SearchAnalytics analytics) {

    /** Services with search analytics off. */
    public WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings,
                       LibrarianAccess access, ServiceMetrics metrics, Librarian librarian, ThesaurusFile thesaurus) {
        this(library, data, vocabulary, settings, access, metrics, librarian, thesaurus, SearchAnalytics.off());
    }

    /**
     * Services with the data directory's thesaurus file (written from the shipped one when there is none). A
     * library searching with another copy of the file sees its changes within
     * {@link ThesaurusFile#RECHECK_INTERVAL}.
     */
    public WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings,
                       LibrarianAccess access, ServiceMetrics metrics, Librarian librarian) {
        this(library, data, vocabulary, settings, access, metrics, librarian, thesaurusFile(data, vocabulary));
    }

    /** Services with the librarian tools closed (no tokens), fresh metrics and a librarian with default settings. */
    public WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings) {
        this(library, data, vocabulary, settings, LibrarianAccess.closed(), new ServiceMetrics(),
                new Librarian(library, data, IngestSettings.defaults()));
    }

    private static ThesaurusFile thesaurusFile(DataDirectory data, Vocabulary vocabulary) {
        try {
            return ThesaurusFile.open(data.thesaurus(), vocabulary, ThesaurusFile.RECHECK_INTERVAL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the thesaurus " + data.thesaurus(), e);
        }
    }

    /** The same services recording search analytics with {@code recorder}. */
    public WebServices withAnalytics(SearchAnalytics recorder) {
        return new WebServices(library, data, vocabulary, settings, access, metrics, librarian, thesaurus, recorder);
    }

    /** Where members and services reach the library: every absolute link is built from it. */
    public PublicAddress publicAddress() {
        return new PublicAddress(settings.publicUrl());
    }

    /** The store of original files. */
    public BlobStore blobs() {
        return new BlobStore(data.blobs());
    }
}
