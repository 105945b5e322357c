package org.resourcelibrary.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
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
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.Autocomplete;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.SolrFields;

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
    /** Prefix of the request parameters a title suggestion's words are passed in. */
    private static final String TITLE_WORD_PARAM = "tw";
    /** Solr's real-time get handler: documents as last written, committed or not. */
    static final String REAL_TIME_GET = "/get";

    private final CloudSolrClient client;
    private final String collection;
    private final Vocabulary vocabulary;
    private final SolrDocuments documents;
    private final SolrSearcher searcher;
    private final SolrFacets facets;
    private final SolrChanges changes;
    private final WorkRouting routing;
    private final SolrSimilar similar;
    /** The thesaurus searches expand queries with and suggestions name values by besides their labels. */
    private volatile Supplier<Thesaurus> thesaurus;

    /** @param timeBudget how long one search may take; past it the hits found so far are returned, partial */
    public SolrLibrary(CloudSolrClient client, String collection, Vocabulary vocabulary, Ranking ranking,
                       Duration timeBudget) {
        this.client = client;
        this.collection = collection;
        this.vocabulary = vocabulary;
        this.documents = new SolrDocuments(vocabulary);
        this.searcher = new SolrSearcher(client, collection, documents, vocabulary, ranking, () -> thesaurus.get(),
                timeBudget, this::resources);
        this.facets = new SolrFacets(vocabulary);
        this.changes = new SolrChanges(documents, this::query);
        this.routing = new WorkRouting(client, collection);
        this.similar = new SolrSimilar(searcher, this::query);
        // Read now, not within the first suggestion's time.
        Thesaurus standard = Thesaurus.standard();
        this.thesaurus = () -> standard;
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
        batch().upsert(content, changed).send();
    }

    /** Writes to gather and send in one request, as durably as one write: for imports and bulk loads. */
    public SolrBatch batch() {
        return new SolrBatch(this, documents);
    }

    /**
     * What the collection holds of these documents, by id: each one's last change (the document, else its
     * tombstone), read in one real-time request (so writes not yet committed count); absent, those it never had.
     */
    public Map<String, Change> lastChanges(Collection<String> ids) {
        Map<String, Change> last = new HashMap<>();
        if (ids.isEmpty()) {
            return last;
        }
        ModifiableSolrParams params = routing.everyShard(new ModifiableSolrParams()
                .set("fl", String.join(",", Schema.RESOURCE, Schema.CHANGED, SolrFields.TOMBSTONE_OF)));
        for (String id : ids) {
            params.add("id", id, SolrFields.tombstoneId(id));
        }
        // POSTed: a page of ids is longer than a URL may be.
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath(REAL_TIME_GET);
        try {
            for (SolrDocument doc : request.process(client, collection).getResults()) {
                Change change = changes.change(doc);
                // The document over its tombstone, should a crash have left both.
                last.merge(change.id(), change, (a, b) -> a.deleted() ? b : a);
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SolrUnavailableException("reading " + ids.size() + " documents from SolrCloud failed: "
                    + e.getMessage(), e);
        }
        return last;
    }

    @Override
    public void delete(String id) throws IOException {
        UpdateRequest update = new UpdateRequest();
        // Its tombstone in the same update, so that harvesters learn of the deletion.
        get(id).ifPresent(resource -> update.add(documents.tombstone(resource, Instant.now().toEpochMilli())));
        update.deleteById(id);
        replicated(update, "deleting " + id);
    }

    @Override
    public void commit() throws IOException {
        try {
            client.commit(collection, true, true);
        } catch (SolrServerException | SolrException e) {
            throw failed("committing to SolrCloud", e);
        }
    }

    /**
     * Sends an update and checks that every replica of the shards it touched took it: fewer means a replica is
     * down, and the write would not survive the loss of the one node that has it.
     */
    void replicated(UpdateRequest update, String what) throws IOException {
        int replicas;
        try {
            replicas = replicationFactor();
        } catch (SolrException e) {
            // The collection's layout comes from ZooKeeper: a client that cannot read it cannot check the write.
            throw new SolrUnavailableException(what + " on SolrCloud failed: the collection's layout could not be "
                    + "read: " + e.getMessage(), e);
        }
        update.setCommitWithin(VISIBLE_WITHIN_MS);
        UpdateResponse response;
        try {
            routing.route(update);
            response = update.process(client, collection);
        } catch (SolrServerException | SolrException e) {
            throw failed(what + " on SolrCloud", e);
        }
        int achieved = client.getMinAchievedReplicationFactor(collection, response.getResponse());
        if (achieved < replicas) {
            throw new SolrUnavailableException(what + ": only " + achieved + " of " + replicas + " replicas "
                    + "acknowledged it, so it would not survive the loss of a node; retry once every replica is up",
                    null);
        }
    }

    /**
     * The exception to throw for a failed write: an IOException, as the embedded index's, when the request was at
     * fault (a refused document).
     *
     * @throws SolrUnavailableException when the cluster was (a node or ZooKeeper unreachable, a shard without a
     *                                  leader): worth retrying later, and a 503 for the web service
     */
    private static IOException failed(String what, Exception e) {
        boolean clusters = e instanceof SolrServerException
                || (e instanceof SolrException solr && solr.code() >= SolrException.ErrorCode.SERVER_ERROR.code);
        if (clusters) {
            throw new SolrUnavailableException(what + " failed: " + e.getMessage(), e);
        }
        return new IOException(what + " failed: " + e.getMessage(), e);
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
        return resources(SolrQueryText.term(Schema.SOURCE, source));
    }

    @Override
    public List<Resource> editions(String work) {
        return resources(SolrQueryText.term(Schema.WORK, work));
    }

    /** Every resource {@code filter} matches. */
    private List<Resource> resources(String filter) {
        List<Resource> resources = new ArrayList<>();
        forEach(filter, Schema.RESOURCE, doc -> resources.add(documents.resource(doc)));
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
        return similar.of(id, count);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int count, String labelLanguage) {
        try {
            return Autocomplete.suggest(libraryValues(Autocomplete.SUGGESTED, labelLanguage), prefix, count,
                    labelLanguage, thesaurus.get(), this::titles);
        } catch (IOException e) {
            throw new SolrUnavailableException("suggesting from SolrCloud failed: " + e.getMessage(), e);
        }
    }

    /**
     * Searches and suggests with the thesaurus {@code current} gives from now on (the shipped one until then), as
     * the embedded index does.
     */
    public SolrLibrary useThesaurus(Supplier<Thesaurus> current) {
        this.thesaurus = current;
        return this;
    }

    /**
     * Titles with every typed word and a word starting with the last, as the embedded index finds them: exact
     * terms of the neutral title field (the words are folded already), best first.
     */
    private List<Suggestion> titles(String[] words, int count) {
        SolrQuery query = new SolrQuery();
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String parser = i < words.length - 1 ? "term" : "prefix";
            query.set(TITLE_WORD_PARAM + i, "{!" + parser + " f=" + Schema.TITLE + "}" + words[i]);
            clauses.add("must=$" + TITLE_WORD_PARAM + i);
        }
        query.setQuery("{!bool " + String.join(" ", clauses) + "}").setFields(Schema.RESOURCE).setRows(count)
                .addSort(SolrQuery.SortClause.desc(SolrRequests.SCORE)).addSort(SolrQuery.SortClause.asc(Schema.ID));
        return query(query, "suggesting titles").getResults().stream().map(documents::resource)
                .map(resource -> new Suggestion(resource.title(), Schema.TITLE, resource.id())).toList();
    }

    @Override
    public List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage) {
        return Autocomplete.matching(libraryValues(List.of(dimension), labelLanguage).get(dimension), prefix, count);
    }

    /** Every value of these dimensions over the whole library, labelled in {@code labelLanguage}, in one request. */
    private Map<Dimension, List<FacetValue>> libraryValues(List<Dimension> dimensions, String labelLanguage) {
        SolrQuery query = new SolrQuery("*:*").setRows(0);
        query.set("json.facet", SolrRequests.facets(dimensions));
        NamedList<?> counted = (NamedList<?>) query(query, "counting facet values").getResponse().get("facets");
        SearchRequest request = SearchRequest.builder().labelLanguage(labelLanguage).build();
        Map<Dimension, List<FacetValue>> values = new TreeMap<>();
        dimensions.forEach(dimension -> values.put(dimension, facets.values(counted, dimension, request)));
        return values;
    }

    @Override
    public ChangePage changes(ChangeRequest request) {
        return changes.page(request);
    }

    @Override
    public Optional<Change> change(String id) {
        return changes.change(id);
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
        try {
            ModifiableSolrParams params = routing.everyShard(new ModifiableSolrParams()
                    .set("fl", String.join(",", fields)));
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
