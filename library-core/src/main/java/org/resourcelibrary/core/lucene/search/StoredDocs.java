package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.resourcelibrary.core.schema.Schema;

/**
 * The stored fields of the documents one search shows or learns from, each read once: feedback reads the best
 * answers' texts, and on the first page the same documents are shown, with their snippets made from the same
 * texts. Each read decompresses the whole stored document, text included, whichever fields are asked for.
 */
final class StoredDocs {

    private static final Set<String> FIELDS = Set.of(Schema.RESOURCE, Schema.BODY, Schema.PAGE_OFFSETS);

    private final StoredFields stored;
    private final Map<Integer, Document> read = new HashMap<>();

    StoredDocs(IndexSearcher searcher) throws IOException {
        this.stored = searcher.storedFields();
    }

    /** The resource, text and page offsets of a document (by its number in the searcher's reader). */
    Document get(int doc) throws IOException {
        Document document = read.get(doc);
        if (document == null) {
            document = stored.document(doc, FIELDS);
            read.put(doc, document);
        }
        return document;
    }
}
