package org.resourcelibrary.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.index.Schema;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.query.Ranking;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.search.lucene.Suggestions;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The library in a SolrCloud collection of the generated configset ({@code library solr init}). Shards, replicas,
 * routing, failover and recovery are SolrCloud's; this class writes and reads through SolrJ's cloud client.
 *
 * <p>Durability as the embedded index promises it: every write is acknowledged by as many replicas as the
 * collection's replication factor (the achieved {@code rf} Solr 9 reports on every update, where earlier versions
 * needed {@code min_rf}; fewer is an error, and the write should be retried), so
 * it is in the update log of every replica of its shard; {@link #commit()} is a hard commit, after which it is in
 * the index files of each. A write finished and committed survives the loss of any single node.
 */
public final class SolrLibrary implements Library {

    /** How soon a write is visible to searches without a commit (a soft commit), as the embedded index refreshes. */
    static final int VISIBLE_WITHIN_MS = 1_000;
    /** Documents read per request when listing many (cursor pages). */
    static final int LIST_PAGE = 500;
    /** Most similar documents' terms looked at, per field ({@code mlt.maxqt}), as Lucene's MoreLikeThis default. */
    static final int SIMILAR_TERMS = 25;

    private final CloudSolrClient client;
    private final String collection;
    private final Vocabulary vocabulary;
    private final SolrDocuments documents;
    private final SolrSearcher searcher;
    private final SolrFacets facets;

    public SolrLibrary(CloudSolrClient client, String collection, Vocabulary vocabulary, Ranking ranking) {
        this.client = client;
        this.collection = collection;
        this.vocabulary = vocabulary;
        this.documents = new SolrDocuments(vocabulary);
        this.searcher = new SolrSearcher(client, collection, documents, vocabulary, ranking);
        this.facets = new SolrFacets(vocabulary);
    }

    /** The collection's name. */
    public String collection() {
        return collection;
    }

    // ---- write side ------------------------------------------------------------------------------

    @Override
    public void upsert(ResourceContent content) throws IOException {
        upsert(content, Instant.now());
    }

    /**
     * Adds or replaces a document as last changed at {@code changed}: a library moved from another backend keeps
     * the datestamps harvesters have seen.
     */
    public void upsert(ResourceContent content, Instant changed) throws IOException {
        UpdateRequest update = new UpdateRequest();
        update.add(documents.document(content, changed.toEpochMilli()));
        replicated(update, "writing " + content.resource().id());
    }

    @Override
    public void delete(String id) throws IOException {
        UpdateRequest update = new UpdateRequest();
        update.deleteById(id);
        replicated(update, "deleting " + id);
    }

    @Override
    public void commit() throws IOException {
        try {
            client.commit(collection, true, true);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("committing to SolrCloud failed: " + e.getMessage(), e);
        }
    }

    /**
     * Sends an update and checks that every replica of the shards it touched took it: fewer means a replica is
     * down, and the write would not survive the loss of the one node that has it.
     */
    private void replicated(UpdateRequest update, String what) throws IOException {
        int replicas = replicationFactor();
        update.setCommitWithin(VISIBLE_WITHIN_MS);
        UpdateResponse response;
        try {
            response = update.process(client, collection);
        } catch (SolrServerException | SolrException e) {
            throw new IOException(what + " on SolrCloud failed: " + e.getMessage(), e);
        }
        int achieved = client.getMinAchievedReplicationFactor(collection, response.getResponse());
        if (achieved < replicas) {
            throw new IOException(what + ": only " + achieved + " of " + replicas + " replicas acknowledged it, so "
                    + "it would not survive the loss of a node; retry once every replica is up");
        }
    }

    /** The collection's replication factor: the replicas every shard has. */
    int replicationFactor() {
        DocCollection state = client.getClusterState().getCollection(collection);
        Integer factor = state.getReplicationFactor();
        return factor != null ? factor
                : state.getSlices().stream().mapToInt(s -> s.getReplicas().size()).min().orElse(1);
    }

    @Override
    public Optional<Resource> findBySha256(String sha256) {
        SolrQuery query = new SolrQuery("*:*").addFilterQuery(SolrQueryText.term(Schema.SHA256, sha256))
                .setFields(Schema.RESOURCE).setRows(1);
        return query(query, "finding a document by its SHA-256").getResults().stream().findFirst()
                .map(documents::resource);
    }

    @Override
    public List<Resource> findBySource(String source) {
        List<Resource> resources = new ArrayList<>();
        forEach(SolrQueryText.term(Schema.SOURCE, source), Schema.RESOURCE,
                doc -> resources.add(documents.resource(doc)));
        return resources;
    }

    @Override
    public List<Resource> editions(String work) {
        List<Resource> resources = new ArrayList<>();
        forEach(SolrQueryText.term(Schema.WORK, work), Schema.RESOURCE, doc -> resources.add(documents.resource(doc)));
        return resources;
    }

    @Override
    public Set<String> contentHashes() {
        Set<String> hashes = new HashSet<>();
        forEach(Schema.SHA256 + ":*", Schema.SHA256, doc -> hashes.add((String) doc.getFirstValue(Schema.SHA256)));
        return hashes;
    }

    @Override
    public Optional<ResourceContent> content(String id) {
        return byId(id, Schema.RESOURCE, Schema.BODY, Schema.PAGE_OFFSETS)
                .map(doc -> new ResourceContent(documents.resource(doc), SolrDocuments.pages(doc)));
    }

    // ---- read side -------------------------------------------------------------------------------

    @Override
    public SearchResponse search(SearchRequest request) {
        return searcher.search(request);
    }

    @Override
    public List<String> rankedIds(SearchRequest request, int depth) {
        return searcher.rankedIds(request, depth);
    }

    @Override
    public Optional<Resource> get(String id) {
        return byId(id, Schema.RESOURCE).map(documents::resource);
    }

    @Override
    public List<String> pages(String id, int maxPages) {
        return byId(id, Schema.BODY, Schema.PAGE_OFFSETS).map(doc -> {
            List<String> pages = SolrDocuments.pages(doc);
            return pages.subList(0, Math.min(maxPages, pages.size()));
        }).orElse(List.of());
    }

    @Override
    public List<Hit> similar(String id, int count) {
        if (get(id).isEmpty()) {
            return List.of();
        }
        // SolrCloud's More Like This reads the document's stored text wherever it is and searches every shard.
        SolrQuery query = new SolrQuery("{!mlt qf=" + Schema.BODY + " mintf=1 mindf=1 maxqt=" + SIMILAR_TERMS + "}"
                + id).setFields(Schema.ID, Schema.RESOURCE, Schema.PAGE_OFFSETS, Schema.BODY).setRows(count);
        query.addFilterQuery("-" + SolrQueryText.term(Schema.ID, id));
        return searcher.hits(query(query, "finding similar documents"), false);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int count, String labelLanguage) {
        throw new UnsupportedOperationException("suggestions are not served from SolrCloud yet (issue 17)");
    }

    @Override
    public List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage) {
        SolrQuery query = new SolrQuery("*:*").setRows(0);
        query.set("json.facet", SolrRequests.facets(dimension));
        NamedList<?> counted = (NamedList<?>) query(query, "counting " + dimension.param()).getResponse().get("facets");
        List<FacetValue> all = facets.values(counted, dimension,
                SearchRequest.builder().labelLanguage(labelLanguage).build());
        return Suggestions.matching(all, prefix, count);
    }

    @Override
    public ChangePage changes(ChangeRequest request) {
        throw new UnsupportedOperationException("the list of changes is not served from SolrCloud yet (issue 17)");
    }

    @Override
    public Optional<Change> change(String id) {
        throw new UnsupportedOperationException("the list of changes is not served from SolrCloud yet (issue 17)");
    }

    @Override
    public long count() {
        return query(new SolrQuery("*:*").setRows(0), "counting documents").getResults().getNumFound();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** A document as last written, from the replica's update log if not yet in a searcher (real-time get). */
    private Optional<SolrDocument> byId(String id, String... fields) {
        ModifiableSolrParams params = new ModifiableSolrParams().set("fl", String.join(",", fields));
        try {
            return Optional.ofNullable(client.getById(collection, id, params));
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SolrUnavailableException("reading " + id + " from SolrCloud failed: " + e.getMessage(), e);
        }
    }

    /** Every document matching {@code filter}, a cursor page at a time. */
    private void forEach(String filter, String fields, java.util.function.Consumer<SolrDocument> action) {
        String mark = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery query = new SolrQuery("*:*").addFilterQuery(filter).setFields(fields).setRows(LIST_PAGE)
                    .addSort(SolrQuery.SortClause.asc(Schema.ID));
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
            QueryResponse response = query(query, "listing documents");
            response.getResults().forEach(action);
            if (mark.equals(response.getNextCursorMark())) {
                return;
            }
            mark = response.getNextCursorMark();
        }
    }

    private QueryResponse query(SolrQuery query, String what) {
        try {
            return client.query(collection, query);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SolrUnavailableException(what + " on SolrCloud failed: " + e.getMessage(), e);
        }
    }
}
