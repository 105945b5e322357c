package org.resourcelibrary.web;

import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * What the web application serves from: the library, its data directory, its vocabulary and the
 * settings. Built once in {@code main} (or a test) and handed to {@link LibraryWebApp#create}.
 */
public record WebServices(Library library, DataDirectory data, Vocabulary vocabulary, WebSettings settings) {

    /** The store of original files. */
    public BlobStore blobs() {
        return new BlobStore(data.blobs());
    }
}
