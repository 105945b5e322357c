package org.resourcelibrary.core.lucene;

import org.resourcelibrary.core.schema.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.changes.Tombstones;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.lucene.search.LuceneSearcher;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library on one machine: an embedded Lucene index. Writes go through one {@link IndexWriter};
 * searches through a {@link SearcherManager} refreshed in the background every
 * {@value #REFRESH_INTERVAL_MS} ms, so a new document is searchable within a second without reopening
 * anything. Opened read-only, it follows the commits of the process that writes.
 */
public final class LuceneLibrary implements Library {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneLibrary.class);

    /** How often the searcher is refreshed to see new writes (or new commits, when read-only). */
    public static final long REFRESH_INTERVAL_MS = 250;
    /** How long closing waits for a searcher refresh in progress to end. */
    private static final long CLOSE_WAIT_SECONDS = 30;
    /** Indexing buffer before a segment is flushed. */
    public static final double RAM_BUFFER_MB = 128;
    /**
     * Most indexing buffer of a bulk load: a search costs more with each segment (every word is looked up and
     * every scorer set up per segment), and a bulk load flushes a segment each time the buffer fills: a larger
     * buffer than {@link #RAM_BUFFER_MB} makes fewer segments, hence faster searches (BENCHMARKS.md).
     */
    public static final double BULK_RAM_BUFFER_MB = 512;
    /** Share of the maximum heap a bulk load's indexing buffer may take, below {@link #BULK_RAM_BUFFER_MB}. */
    public static final double BULK_RAM_BUFFER_HEAP_SHARE = 0.25;
    /** Most resources listed by {@link #findBySource}. */
    private static final int MAX_LISTED = Integer.MAX_VALUE - 1;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentMapper mapper;
    private final LuceneSearcher searcher;
    private final Tombstones tombstones;
    private final ChangeList changes;
    private final ScheduledExecutorService refresher;
    /** The last refresh's failure, or null when it succeeded: a failure is logged when it first happens. */
    private volatile String lastRefreshFailure;

    private LuceneLibrary(Path indexDir, Directory directory, IndexWriter writer, SearcherManager searchers,
                          Vocabulary vocabulary, Ranking ranking, Duration timeBudget,
                          boolean refreshInBackground) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.mapper = new DocumentMapper(vocabulary);
        this.searcher = new LuceneSearcher(searchers, mapper, vocabulary, ranking, timeBudget);
        this.tombstones = new Tombstones(indexDir.resolve(Tombstones.FILE_NAME));
        this.changes = new ChangeList(mapper, tombstones);
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "library-refresh");
            thread.setDaemon(true);
            return thread;
        });
        if (refreshInBackground) {
            refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_INTERVAL_MS, REFRESH_INTERVAL_MS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Opens (creating if needed) the library index in {@code indexDir} for reading and writing. */
    public static LuceneLibrary open(Path indexDir, Vocabulary vocabulary) throws IOException {
        return open(indexDir, vocabulary, Ranking.DEFAULT);
    }

    /**
     * Opens the index for reading and writing.
     *
     * @throws LibraryLockedException when another process is writing to this index
     */
    public static LuceneLibrary open(Path indexDir, Vocabulary vocabulary, Ranking ranking) throws IOException {
        return open(indexDir, vocabulary, ranking, SearchRequest.TIME_BUDGET);
    }

    /**
     * Opens the index for reading and writing.
     *
     * @param timeBudget how long one search may run before it answers with the hits found so far
     * @throws LibraryLockedException when another process is writing to this index
     */
    public static LuceneLibrary open(Path indexDir, Vocabulary vocabulary, Ranking ranking, Duration timeBudget)
            throws IOException {
        return openWriter(indexDir, vocabulary, ranking, timeBudget, true);
    }

    /**
     * Opens the index for building in one go (a whole collection from a generator or a dump): writes are upserts
     * as ever, but searches see them only from the next {@link #commit()} or {@link #refresh()}. Without the
     * background refresh, the writer is not made to flush a small segment every {@value #REFRESH_INTERVAL_MS} ms
     * (and merge them again): a bulk build takes about a sixth less CPU and makes a smaller index.
     *
     * @throws LibraryLockedException when another process is writing to this index
     */
    public static LuceneLibrary openForBulkLoad(Path indexDir, Vocabulary vocabulary) throws IOException {
        return openWriter(indexDir, vocabulary, Ranking.DEFAULT, SearchRequest.TIME_BUDGET, false);
    }

    /**
     * The indexing buffer of a bulk load: {@link #BULK_RAM_BUFFER_MB}, or less in a small heap (a buffer too
     * large for the heap fails with an out-of-memory error instead of flushing).
     */
    static double bulkRamBufferMB(long maxHeapBytes) {
        return Math.min(BULK_RAM_BUFFER_MB, maxHeapBytes * BULK_RAM_BUFFER_HEAP_SHARE / (1024 * 1024));
    }

    private static LuceneLibrary openWriter(Path indexDir, Vocabulary vocabulary, Ranking ranking,
                                            Duration timeBudget, boolean refreshInBackground) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        boolean bulk = !refreshInBackground;
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                .setSimilarity(similarity(ranking))
                .setRAMBufferSizeMB(bulk ? bulkRamBufferMB(Runtime.getRuntime().maxMemory()) : RAM_BUFFER_MB)
                // A bulk load's segments are few and large: packing each into a compound file would only
                // copy every byte once more.
                .setUseCompoundFile(!bulk)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new LibraryLockedException(indexDir);
        }
        SearcherManager searchers = new SearcherManager(writer, Snapshot.factory(similarity(ranking)));
        LuceneLibrary library = new LuceneLibrary(indexDir, directory, writer, searchers, vocabulary, ranking,
                timeBudget, refreshInBackground);
        try {
            library.stampUnstamped();
        } catch (IOException | RuntimeException e) {
            library.close();
            throw e;
        }
        return library;
    }

    /**
     * Opens an existing index for searching only, following the commits of whichever process writes to it.
     *
     * @throws java.nio.file.NoSuchFileException when there is no index in {@code indexDir} yet
     */
    public static LuceneLibrary openReadOnly(Path indexDir, Vocabulary vocabulary) throws IOException {
        Directory directory = FSDirectory.open(indexDir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new java.nio.file.NoSuchFileException(indexDir.toString(), null, "no library index here yet");
        }
        SearcherManager searchers = new SearcherManager(directory, Snapshot.factory(similarity(Ranking.DEFAULT)));
        return new LuceneLibrary(indexDir, directory, null, searchers, vocabulary, Ranking.DEFAULT,
                SearchRequest.TIME_BUDGET, true);
    }

    static Similarity similarity(Ranking ranking) {
        return new BM25Similarity(ranking.k1(), ranking.b());
    }

    // ---- write side ------------------------------------------------------------------------------

    @Override
    public void upsert(ResourceContent content) throws IOException {
        upsert(content, Instant.now());
    }

    private void upsert(ResourceContent content, Instant changed) throws IOException {
        Document doc = mapper.toDocument(content);
        ChangeList.stamp(doc, changed);
        writable().updateDocument(new Term(Schema.ID, content.resource().id()), Schema.facets().build(doc));
    }

    /**
     * Gives documents indexed before change stamps existed the stamp of their last modification (or addition), so
     * harvesters and the sitemap see them; re-written from their stored text, once.
     */
    private void stampUnstamped() throws IOException {
        List<String> unstamped = withSearcher(s -> {
            Query query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new FieldExistsQuery(Schema.CHANGED), BooleanClause.Occur.MUST_NOT).build();
            List<String> ids = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc hit : s.search(query, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                ids.add(mapper.toResource(stored.document(hit.doc, Set.of(Schema.RESOURCE))).id());
            }
            return ids;
        });
        for (String id : unstamped) {
            Optional<ResourceContent> content = content(id);
            if (content.isPresent()) {
                Resource r = content.get().resource();
                Instant changed = r.modified() != null ? r.modified()
                        : r.added() != null ? r.added() : Instant.now();
                upsert(content.get(), changed);
            }
        }
        if (!unstamped.isEmpty()) {
            LOG.info("stamped {} documents indexed before change stamps with their last modification",
                    unstamped.size());
            commit();
        }
    }

    @Override
    public void delete(String id) throws IOException {
        IndexWriter writer = writable();
        Optional<Resource> deleted = get(id);
        if (deleted.isPresent()) {
            tombstones.bury(deleted.get(), Instant.now());
        }
        writer.deleteDocuments(new Term(Schema.ID, id));
    }

    @Override
    public void commit() throws IOException {
        writable().commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes every write so far visible to searches now (without making it durable). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public Optional<Resource> findBySha256(String sha256) {
        return first(new TermQuery(new Term(Schema.SHA256, sha256))).map(mapper::toResource);
    }

    @Override
    public List<Resource> findBySource(String source) {
        return resources(new TermQuery(new Term(Schema.SOURCE, source)));
    }

    @Override
    public List<Resource> editions(String work) {
        return resources(new TermQuery(new Term(Schema.WORK, work)));
    }

    private List<Resource> resources(Query query) {
        return withSearcher(s -> {
            TopDocs top = s.search(query, Math.max(1, Math.min(MAX_LISTED, s.getIndexReader().maxDoc())));
            List<Resource> resources = new ArrayList<>(top.scoreDocs.length);
            var stored = s.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                resources.add(mapper.toResource(stored.document(hit.doc, Set.of(Schema.RESOURCE))));
            }
            return resources;
        });
    }

    @Override
    public Set<String> contentHashes() {
        return withSearcher(s -> {
            Set<String> hashes = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(Schema.SHA256);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum term = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef value = term.next(); value != null; value = term.next()) {
                    postings = term.postings(postings, PostingsEnum.NONE);
                    // A deleted document's terms stay until its segment is merged: only live ones count.
                    int doc = postings.nextDoc();
                    while (doc != DocIdSetIterator.NO_MORE_DOCS && live != null && !live.get(doc)) {
                        doc = postings.nextDoc();
                    }
                    if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                        hashes.add(value.utf8ToString());
                    }
                }
            }
            return hashes;
        });
    }

    @Override
    public Optional<ResourceContent> content(String id) {
        return first(new TermQuery(new Term(Schema.ID, id)))
                .map(doc -> new ResourceContent(mapper.toResource(doc), DocumentMapper.pages(doc)));
    }

    // ---- read side -------------------------------------------------------------------------------

    /**
     * Searches with the thesaurus {@code current} gives from now on (the shipped one until then): the data
     * directory's file, which a librarian may change while the library serves.
     */
    @Override
    public LuceneLibrary useThesaurus(Supplier<Thesaurus> current) {
        searcher.useThesaurus(current);
        return this;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return searcher.search(request);
    }

    /** Ids of the first {@code depth} hits of a search, ranked as {@link #search} ranks them. */
    public List<String> rankedIds(SearchRequest request, int depth) {
        return searcher.rankedIds(request, depth);
    }

    @Override
    public Optional<Resource> get(String id) {
        return first(new TermQuery(new Term(Schema.ID, id)), Set.of(Schema.RESOURCE)).map(mapper::toResource);
    }

    @Override
    public List<String> pages(String id, int maxPages) {
        return first(new TermQuery(new Term(Schema.ID, id)))
                .map(doc -> {
                    List<String> pages = DocumentMapper.pages(doc);
                    return pages.subList(0, Math.min(maxPages, pages.size()));
                })
                .orElse(List.of());
    }

    @Override
    public List<Hit> similar(String id, int count) {
        return searcher.similar(id, count);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int count, String labelLanguage) {
        return searcher.suggest(prefix, count, labelLanguage);
    }

    @Override
    public List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage) {
        return searcher.facetValues(dimension, prefix, count, labelLanguage);
    }

    @Override
    public ChangePage changes(ChangeRequest request) {
        return withFreshSearcher(s -> changes.page(s, request));
    }

    @Override
    public Optional<Change> change(String id) {
        return withFreshSearcher(s -> changes.change(s, id));
    }

    /**
     * Runs on a searcher that sees every write made so far: a harvester must not be told a list is complete up to
     * now while a document stamped a moment ago is not yet visible, or it would never see that document.
     */
    private <T> T withFreshSearcher(SearcherFunction<T> function) {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
        return withSearcher(function);
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** Bytes the index takes on disk. */
    public long sizeInBytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            try {
                total += directory.fileLength(file);
            } catch (java.nio.file.NoSuchFileException mergedAway) {
                // A merge removed it while we listed: not part of the index any more.
            }
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        // Not shutdownNow(): interrupting a refresh in progress closes the index files under the writer
        // (ClosedByInterruptException), which marks the writer as failed and makes closing it throw.
        refresher.shutdown();
        try {
            if (!refresher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("a searcher refresh is still running after {} s; closing anyway", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("this library was opened read-only");
        }
        return writer;
    }

    private Optional<Document> first(Query query) {
        return first(query, null);
    }

    private Optional<Document> first(Query query, Set<String> fields) {
        return withSearcher(s -> {
            TopDocs top = s.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            var stored = s.storedFields();
            int doc = top.scoreDocs[0].doc;
            return Optional.of(fields == null ? stored.document(doc) : stored.document(doc, fields));
        });
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return function.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
            lastRefreshFailure = null;
        } catch (IOException | RuntimeException e) {
            // One line, once per kind of failure: a full disk would otherwise print a stack trace every
            // refresh interval (and on a command line's stderr, where errors are one line).
            String failure = e.toString();
            if (!failure.equals(lastRefreshFailure)) {
                LOG.warn("refreshing the searcher failed ({}); searches see the library as it was; will retry",
                        failure);
            }
            LOG.debug("refreshing the searcher failed", e);
            lastRefreshFailure = failure;
        }
    }

    /** The searcher manager, for components that search the same index (ingest checks, benchmarks). */
    public ReferenceManager<IndexSearcher> searchers() {
        return searchers;
    }
}
