package org.resourcelibrary.indexer.ingest;

import org.resourcelibrary.core.model.Resource;

/**
 * The outcome of uploading one file.
 *
 * @param resource the document, as committed
 * @param status   {@code indexed} (a new document), {@code updated} (the given id's document was replaced) or
 *                 {@code duplicate} (the library already had this content: that document, which now also
 *                 lists the upload)
 */
public record Upload(Resource resource, ItemStatus status) {
}
