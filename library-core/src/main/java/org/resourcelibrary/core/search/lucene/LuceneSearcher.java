package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.resourcelibrary.core.index.DocumentMapper;
import org.resourcelibrary.core.index.Schema;
import org.resourcelibrary.core.index.Snapshot;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.query.QueryTranslator;
import org.resourcelibrary.core.query.QueryTranslator.Matching;
import org.resourcelibrary.core.query.Ranking;
import org.resourcelibrary.core.query.Typos;
import org.resourcelibrary.core.query.UserQuery;
import org.resourcelibrary.core.query.UserQueryParser;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Runs searches against the current snapshot of the index: the member's query AND the selected facet
 * values, facet counts drill-sideways (a dimension's own selection does not shrink its own counts), exact
 * totals, sorting, paging by page or cursor, snippets and "did you mean".
 *
 * <p>Every word must match (through any field, stemmed form or close spelling). When no document has
 * them all, the search falls back to documents with any of them, best first, rather than answering with
 * nothing.
 */
public final class LuceneSearcher {

    /** Time budget of one search; past it the hits found so far are returned with {@code partial: true}. */
    public static final long TIME_BUDGET_MS = 2_000;
    /** The default {@link #TIME_BUDGET_MS}, as a duration. */
    public static final Duration TIME_BUDGET = Duration.ofMillis(TIME_BUDGET_MS);

    private final ReferenceManager<IndexSearcher> searchers;
    private final DocumentMapper mapper;
    private final Vocabulary vocabulary;
    private final UserQueryParser parser;
    private final QueryTranslator translator;
    private final FacetCounts facetCounts;
    private final Suggestions suggestions;
    private final SimilarResources similar;
    private final Feedback feedback;
    private final long timeBudgetMs;

    public LuceneSearcher(ReferenceManager<IndexSearcher> searchers, DocumentMapper mapper, Vocabulary vocabulary,
                          Ranking ranking) {
        this(searchers, mapper, vocabulary, ranking, TIME_BUDGET);
    }

    /** @param timeBudget how long one search may run before it answers with the hits found so far */
    public LuceneSearcher(ReferenceManager<IndexSearcher> searchers, DocumentMapper mapper, Vocabulary vocabulary,
                          Ranking ranking, Duration timeBudget) {
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, was " + timeBudget);
        }
        this.timeBudgetMs = timeBudget.toMillis();
        this.searchers = searchers;
        this.mapper = mapper;
        this.vocabulary = vocabulary;
        this.parser = new UserQueryParser(vocabulary);
        this.translator = new QueryTranslator(ranking);
        this.facetCounts = new FacetCounts(vocabulary);
        this.suggestions = new Suggestions(vocabulary, facetCounts);
        this.similar = new SimilarResources(mapper);
        this.feedback = new Feedback(mapper);
    }

    public SearchResponse search(SearchRequest request) {
        long started = System.nanoTime();
        return withSnapshot(snapshot -> {
            IndexSearcher searcher = budgeted(snapshot);
            Plan plan = plan(request, searcher);
            FieldDoc after = request.cursor() == null ? null
                    : Cursor.decode(request.cursor(), request.sort(), plan.sortFields);
            int offset = after == null ? (request.page() - 1) * request.size() : 0;
            int wanted = offset + request.size();

            TopFieldCollectorManager hitsManager = new TopFieldCollectorManager(
                    new org.apache.lucene.search.Sort(plan.sortFields), wanted, after, Integer.MAX_VALUE);
            Object[] results = searcher.search(plan.query,
                    new MultiCollectorManager(hitsManager, new FacetsCollectorManager()));
            TopDocs top = (TopDocs) results[0];
            if (request.sort() == Sort.RELEVANCE) {
                TopFieldCollector.populateScores(top.scoreDocs, searcher, plan.query);
            }
            Facets facets = facets(snapshot, searcher, plan, request, (FacetsCollector) results[1]);
            ScoreDoc[] page = slice(top.scoreDocs, offset, request.size());
            List<Hit> hits = hits(searcher, page, plan.hasText ? plan.text : null);
            long total = top.totalHits.value;
            String nextCursor = page.length == request.size() && offset + page.length < total
                    ? Cursor.encode(request.sort(), (FieldDoc) page[page.length - 1]) : null;
            String didYouMean = plan.hasText ? plan.typos.didYouMean(plan.userQuery) : null;
            return new SearchResponse(total, request.page(), request.size(), hits,
                    facetCounts.all(facets, snapshot.facetDimensions(), request), didYouMean, nextCursor,
                    (System.nanoTime() - started) / 1_000_000, searcher.timedOut());
        });
    }

    /**
     * The ids of the first {@code depth} hits, ranked exactly as {@link #search} ranks them (same matching,
     * filters and sort), without facets or snippets: for measuring ranking quality.
     */
    public List<String> rankedIds(SearchRequest request, int depth) {
        return withSnapshot(snapshot -> {
            Plan plan = plan(request, snapshot);
            TopDocs top = snapshot.search(plan.query, Math.max(1, depth),
                    new org.apache.lucene.search.Sort(plan.sortFields));
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            var stored = snapshot.storedFields();
            for (ScoreDoc doc : top.scoreDocs) {
                ids.add(mapper.toResource(stored.document(doc.doc, Set.of(Schema.RESOURCE))).id());
            }
            return ids;
        });
    }

    /**
     * Facet counts, drill-sideways: each dimension with a selection is counted over the hits of every
     * other selection but its own (one more pass per such dimension, each within the time budget; Lucene's
     * one-pass DrillSideways cannot be time-limited).
     */
    private Facets facets(Snapshot snapshot, IndexSearcher searcher, Plan plan, SearchRequest request,
                          FacetsCollector hits) throws IOException {
        if (snapshot.facetState() == null) {
            return null;
        }
        Facets drillDown = new SortedSetDocValuesFacetCounts(snapshot.facetState(), hits);
        Map<String, Facets> sideways = new HashMap<>();
        for (Dimension dimension : selectedDimensions(request)) {
            FacetsCollector others = searcher.search(drillDown(plan.text, request, dimension),
                    new FacetsCollectorManager());
            sideways.put(dimension.param(), new SortedSetDocValuesFacetCounts(snapshot.facetState(), others));
        }
        return sideways.isEmpty() ? drillDown : new MultiFacets(sideways, drillDown);
    }

    private static List<Dimension> selectedDimensions(SearchRequest request) {
        List<Dimension> selected = new ArrayList<>(request.filters().keySet());
        if (!selected.contains(Dimension.YEAR) && (request.yearFrom() != null || request.yearTo() != null)) {
            selected.add(Dimension.YEAR);
        }
        return selected;
    }

    /** A request understood: its query (strict, or relaxed when nothing matches strictly), filters and sort. */
    private record Plan(UserQuery userQuery, Typos typos, Query text, Query query, SortField[] sortFields,
                        boolean hasText) {
    }

    private Plan plan(SearchRequest request, IndexSearcher searcher) throws IOException {
        request.validate(vocabulary);
        UserQuery userQuery = parser.parse(request.query());
        boolean hasText = hasText(userQuery);
        Typos typos = hasText ? Typos.of(userQuery, searcher.getIndexReader()) : Typos.none();
        Query text = translator.translate(userQuery, Matching.ALL, typos);
        Query query = drillDown(text, request, null);
        if (hasText && searcher.count(query) == 0) {
            // No document has every word: rather than nothing, those with any of them, best first.
            text = translator.translate(userQuery, Matching.ANY, typos);
            query = drillDown(text, request, null);
        }
        int words = QueryTranslator.contentWords(userQuery);
        if (words > QueryTranslator.ALL_WORDS_UP_TO && request.sort() == Sort.RELEVANCE) {
            text = feedback.expand(searcher, text, words);
            query = drillDown(text, request, null);
        }
        return new Plan(userQuery, typos, text, query, sortFields(request.sort()), hasText);
    }

    /** Values of one dimension over the whole library, optionally only those matching a prefix. */
    public List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage) {
        return withSnapshot(snapshot -> {
            if (snapshot.facetState() == null) {
                return List.of();
            }
            FacetsCollector collector = snapshot.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            Facets facets = new SortedSetDocValuesFacetCounts(snapshot.facetState(), collector);
            SearchRequest request = SearchRequest.builder().labelLanguage(labelLanguage).build();
            List<FacetValue> all = facetCounts.values(snapshot.facetDimensions().contains(dimension.param())
                    ? facets : null, dimension, request, FacetCounts.ALL);
            return Suggestions.matching(all, prefix, count);
        });
    }

    public List<Suggestion> suggest(String prefix, int count, String labelLanguage) {
        return withSnapshot(snapshot -> suggestions.suggest(snapshot, prefix, count, labelLanguage));
    }

    public List<Hit> similar(String id, int count) {
        return withSnapshot(snapshot -> {
            ScoreDoc[] docs = similar.find(snapshot, id, count);
            return hits(snapshot, docs, null);
        });
    }

    private static boolean hasText(UserQuery query) {
        return query.groups().stream().anyMatch(g -> !g.prohibited() && g.alternatives().stream()
                .anyMatch(c -> c instanceof UserQuery.Word || c instanceof UserQuery.Phrase));
    }

    private IndexSearcher budgeted(Snapshot snapshot) {
        // A searcher per request: the time budget is per searcher, and making one is cheap.
        IndexSearcher searcher = new IndexSearcher(snapshot.getIndexReader());
        searcher.setSimilarity(snapshot.getSimilarity());
        searcher.setTimeout(new QueryTimeoutImpl(timeBudgetMs));
        return searcher;
    }

    /** The text query with the request's selections applied, except those of {@code except} if given. */
    private static Query drillDown(Query base, SearchRequest request, Dimension except) {
        DrillDownQuery query = new DrillDownQuery(Schema.facets(), base);
        request.filters().forEach((dimension, values) -> {
            if (dimension == Dimension.YEAR || dimension == except) {
                return;
            }
            for (String value : values) {
                query.add(dimension.param(), value);
            }
        });
        Query years = except == Dimension.YEAR ? null : years(request);
        if (years != null) {
            query.add(Dimension.YEAR.param(), years);
        }
        return query;
    }

    /** Selected years (OR) within the year range, as one drill-down dimension so its counts go sideways. */
    private static Query years(SearchRequest request) {
        List<String> selected = request.selected(Dimension.YEAR);
        if (selected.isEmpty() && request.yearFrom() == null && request.yearTo() == null) {
            return null;
        }
        BooleanQuery.Builder years = new BooleanQuery.Builder();
        if (!selected.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String year : selected) {
                any.add(IntPoint.newExactQuery(Schema.YEAR, Integer.parseInt(year)), Occur.SHOULD);
            }
            years.add(any.build(), Occur.FILTER);
        }
        if (request.yearFrom() != null || request.yearTo() != null) {
            int from = request.yearFrom() == null ? SearchRequest.MIN_YEAR : request.yearFrom();
            int to = request.yearTo() == null ? SearchRequest.MAX_YEAR : request.yearTo();
            years.add(IntPoint.newRangeQuery(Schema.YEAR, from, to), Occur.FILTER);
        }
        return years.build();
    }

    private static SortField[] sortFields(Sort sort) {
        SortField id = new SortField(Schema.ID, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> new SortField[] {SortField.FIELD_SCORE, id};
            case NEWEST -> new SortField[] {year(true), added(true), id};
            case OLDEST -> new SortField[] {year(false), added(false), id};
            case TITLE -> new SortField[] {new SortField(Schema.TITLE_SORT, SortField.Type.STRING), id};
        };
    }

    private static SortField year(boolean newestFirst) {
        SortField field = new SortField(Schema.YEAR, SortField.Type.INT, newestFirst);
        // Undated resources come last either way.
        field.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return field;
    }

    private static SortField added(boolean newestFirst) {
        SortField field = new SortField(Schema.ADDED, SortField.Type.LONG, newestFirst);
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    private static ScoreDoc[] slice(ScoreDoc[] docs, int offset, int size) {
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[Math.min(size, docs.length - offset)];
        System.arraycopy(docs, offset, page, 0, page.length);
        return page;
    }

    private List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query highlight) throws IOException {
        List<Resource> resources = new ArrayList<>(docs.length);
        int[] ids = new int[docs.length];
        String[] languages = new String[docs.length];
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Resource resource = mapper.toResource(stored.document(docs[i].doc, Set.of(Schema.RESOURCE)));
            resources.add(resource);
            ids[i] = docs[i].doc;
            languages[i] = resource.language();
        }
        List<List<Snippet>> snippets = new Snippets(searcher).forHits(highlight, ids, languages);
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Resource r = resources.get(i);
            hits.add(new Hit(r.id(), r.title(), r.type(), r.countries(), r.topics(), r.language(), r.year(),
                    r.organization(), r.fileName(), r.mediaType(), snippets.get(i), Hit.documentUrl(r.id()),
                    Hit.fileUrl(r.id())));
        }
        return hits;
    }

    private interface SnapshotFunction<T> {
        T apply(Snapshot snapshot) throws IOException;
    }

    private <T> T withSnapshot(SnapshotFunction<T> function) {
        try {
            Snapshot snapshot = (Snapshot) searchers.acquire();
            try {
                return function.apply(snapshot);
            } finally {
                searchers.release(snapshot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }
}
