package org.resourcelibrary.solr;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * Keeps every document on the one shard its work routes it to ({@link SolrFields#WORK_KEY}, the collection's
 * {@code router.field}), so that a work's editions share a shard and Solr collapses them, and counts works, exactly.
 *
 * <p>Why routing by the work rather than by id (or no co-location at all): Solr's collapse and its count of groups
 * are exact only within a shard, and the alternatives without co-location (counting distinct works across shards)
 * are estimates or ship every work's name with every search. Routing by a field costs three things, each paid here:
 * <ul>
 *     <li>a document whose work changes is routed to another shard, beside its old copy: every write first reads
 *     where its documents lie now (one real-time get over every shard) and deletes a copy elsewhere by id, routed to
 *     that copy's shard, in the same update: the write stays idempotent, so a retried batch (a node lost during
 *     ingest) neither loses nor doubles a document;</li>
 *     <li>a deletion by id reaches only the shard its route names: it is routed to where the document lies;</li>
 *     <li>a real-time get by id looks where the id alone would route: it asks every shard instead
 *     ({@link #everyShard}).</li>
 * </ul>
 * A document without a work is routed by its own id, as before works were, and so is a tombstone. Two web nodes
 * changing the same document's work at the same instant could each leave a copy; the next write of it removes the
 * stale one.
 */
final class WorkRouting {

    private final CloudSolrClient client;
    private final String collection;
    /** The shards the cluster's state named last time it was read (null: never read). */
    private volatile String lastShards;

    WorkRouting(CloudSolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
        try {
            shards();
        } catch (SolrUnavailableException e) {
            // Read at the first use instead: the library opens while ZooKeeper answers, so this is rare.
        }
    }

    /** {@code params} asking every shard of the collection: a real-time get then finds a document wherever it lies. */
    ModifiableSolrParams everyShard(ModifiableSolrParams params) {
        return params.set(ShardParams.SHARDS, shards());
    }

    /**
     * The collection's shards, as the cluster's state names them, else as it last named them: the state is read
     * from ZooKeeper, and while ZooKeeper alone is away the nodes still answer reads (as they answer searches), so a
     * document is still read by id; the shards of a collection change only when an operator splits one.
     */
    private String shards() {
        try {
            Collection<Slice> slices = client.getClusterState().getCollection(collection).getSlices();
            String names = slices.stream().map(Slice::getName).sorted().collect(Collectors.joining(","));
            lastShards = names;
            return names;
        } catch (SolrException e) {
            String known = lastShards;
            if (known == null) {
                throw new SolrUnavailableException("reading the shards of collection " + collection
                        + " from ZooKeeper failed: " + e.getMessage(), e);
            }
            return known;
        }
    }

    /**
     * {@code update} with a deletion, routed to its shard, of every copy of its documents that it would otherwise
     * leave elsewhere: the copy of a document written under another work, and the document a deletion names.
     */
    void route(UpdateRequest update) throws SolrServerException, IOException {
        Map<String, String> written = new HashMap<>();
        if (update.getDocuments() != null) {
            for (SolrInputDocument doc : update.getDocuments()) {
                written.put((String) doc.getFieldValue(Schema.ID), (String) doc.getFieldValue(SolrFields.WORK_KEY));
            }
        }
        Set<String> ids = new LinkedHashSet<>(written.keySet());
        if (update.getDeleteByIdMap() != null) {
            ids.addAll(update.getDeleteByIdMap().keySet());
        }
        if (ids.isEmpty()) {
            return;
        }
        DocCollection state = client.getClusterState().getCollection(collection);
        for (Map.Entry<String, String> lying : placed(ids).entrySet()) {
            String id = lying.getKey();
            String key = lying.getValue();
            // A copy on the shard the update writes to is replaced by it (one id per shard): only a copy on another
            // shard is deleted, by id routed there, so the deletion can never reach the document written.
            if (!written.containsKey(id) || !shard(state, key).equals(shard(state, written.get(id)))) {
                update.deleteById(id, key);
            }
        }
    }

    /** The shard a work key routes to. */
    private static String shard(DocCollection state, String key) {
        return state.getRouter().getTargetSlice(key, null, key, null, state).getName();
    }

    /** Where each of these documents lies now, by id: its work key (absent: the collection does not have it). */
    private Map<String, String> placed(Collection<String> ids) throws SolrServerException, IOException {
        ModifiableSolrParams params = everyShard(new ModifiableSolrParams()
                .set("fl", String.join(",", Schema.ID, SolrFields.WORK_KEY)));
        ids.forEach(id -> params.add("id", id));
        // POSTed: a batch's ids are longer than a URL may be.
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath(SolrLibrary.REAL_TIME_GET);
        Map<String, String> placed = new HashMap<>();
        try {
            for (SolrDocument doc : request.process(client, collection).getResults()) {
                placed.put((String) doc.getFirstValue(Schema.ID), (String) doc.getFirstValue(SolrFields.WORK_KEY));
            }
        } catch (SolrException e) {
            throw new SolrServerException("finding where " + ids.size() + " documents lie failed: " + e.getMessage(), e);
        }
        return placed;
    }
}
