package org.resourcelibrary.indexer.ingest;

import java.util.List;
import org.resourcelibrary.core.model.Resource;

/**
 * The outcome of uploading one file.
 *
 * @param resource the document, as committed
 * @param status   {@code indexed} (a new document), {@code updated} (the given id's document was replaced) or
 *                 {@code duplicate} (the library already had this content: that document, which now also
 *                 lists the upload)
 * @param edited   for a duplicate: the metadata fields the upload's form changed, each now a librarian's edit
 */
public record Upload(Resource resource, ItemStatus status, List<String> edited) {

    public Upload {
        edited = List.copyOf(edited);
    }
}
