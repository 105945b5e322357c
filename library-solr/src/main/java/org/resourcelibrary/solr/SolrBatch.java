package org.resourcelibrary.solr;

import java.io.IOException;
import java.time.Instant;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * Writes gathered to go to SolrCloud in one request, with the durability of a single write (every replica
 * acknowledges it): how an import or a bulk load writes many documents without a round trip each. Each document
 * appears in a batch at most once; not thread-safe.
 */
public final class SolrBatch {

    private final SolrLibrary library;
    private final SolrDocuments documents;
    private UpdateRequest update = new UpdateRequest();
    private int size;

    SolrBatch(SolrLibrary library, SolrDocuments documents) {
        this.library = library;
        this.documents = documents;
    }

    /**
     * Adds or replaces a document as last changed at {@code changed}, its tombstone gone: a library moved from
     * elsewhere keeps the datestamps harvesters have seen.
     */
    public SolrBatch upsert(ResourceContent content, Instant changed) {
        update.add(documents.document(content, changed.toEpochMilli()));
        // Written again after a deletion: the deletion is no longer the document's last change.
        update.deleteById(SolrFields.tombstoneId(content.resource().id()));
        size++;
        return this;
    }

    /**
     * Records that a document was deleted at {@code deleted}: its tombstone (what {@code Tombstones.kept} keeps of
     * {@code resource}) for harvesters, and the document itself gone if the collection has it.
     */
    public SolrBatch tombstone(Resource resource, Instant deleted) {
        update.add(documents.tombstone(resource, deleted.toEpochMilli()));
        update.deleteById(resource.id());
        size++;
        return this;
    }

    /** Documents and deletions gathered and not yet sent. */
    public int size() {
        return size;
    }

    /**
     * Sends what was gathered (nothing when empty) and starts afresh.
     *
     * @throws IOException when SolrCloud refuses it or fewer replicas than the collection's acknowledge it; the
     *                     writes are idempotent, so the batch may be gathered and sent again
     */
    public void send() throws IOException {
        if (size == 0) {
            return;
        }
        UpdateRequest sent = update;
        int count = size;
        update = new UpdateRequest();
        size = 0;
        library.replicated(sent, "writing " + count + " documents");
    }
}
