package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.lucene.DocumentMapper;
import org.resourcelibrary.core.lucene.FacetOrdinals;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.lucene.Snapshot;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.lucene.query.LanguagePreference;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.lucene.query.TermCachingSearcher;
import org.resourcelibrary.core.search.Autocomplete;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Edition;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.Match;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Runs searches against the current snapshot of the index: the member's query AND the selected facet
 * values, facet counts drill-sideways (a dimension's own selection does not shrink its own counts), exact
 * totals, sorting, paging by page or cursor, snippets and "did you mean".
 *
 * <p>Every word of a query of up to three words must match (through any field, stemmed form or close
 * spelling). When no document has them all, the search falls back to documents with most of them, best
 * first, rather than answering with nothing, and says so ({@code relaxed}); words joined by {@code AND} or
 * excluded by {@code NOT} hold even then, and {@link Match#ALL} never falls back. A query whose words are
 * all stop words or punctuation browses the library and says so ({@code nothingSearchable}).
 */
public final class LuceneSearcher {

    private final ReferenceManager<IndexSearcher> searchers;
    private final DocumentMapper mapper;
    private final Planner planner;
    private final LanguagePreference preference;
    private final FacetCounts facetCounts;
    private final Suggestions suggestions;
    private final SimilarResources similar;
    private final Feedback feedback;
    private final long timeBudgetMs;
    /** The thesaurus as it is now: the data directory's file, re-read when a librarian changes it. */
    private volatile Supplier<Thesaurus> thesaurus;

    public LuceneSearcher(ReferenceManager<IndexSearcher> searchers, DocumentMapper mapper, Vocabulary vocabulary,
                          Ranking ranking) {
        this(searchers, mapper, vocabulary, ranking, SearchRequest.TIME_BUDGET);
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
        this.planner = new Planner(vocabulary, ranking);
        this.preference = new LanguagePreference(ranking);
        this.facetCounts = new FacetCounts(vocabulary);
        this.suggestions = new Suggestions(vocabulary, facetCounts);
        this.similar = new SimilarResources(mapper);
        this.feedback = new Feedback(mapper);
        // Read now, not within the first search's time budget.
        Thesaurus standard = Thesaurus.standard();
        this.thesaurus = () -> standard;
    }

    /** Takes the thesaurus from {@code current} from now on (the shipped one until then). */
    public void useThesaurus(Supplier<Thesaurus> current) {
        this.thesaurus = current;
    }

    public SearchResponse search(SearchRequest request) {
        long started = System.nanoTime();
        return withSnapshot(snapshot -> {
            IndexSearcher searcher = budgeted(snapshot);
            Plan plan = planner.plan(request, snapshot, searcher, thesaurus.get());
            Cursor.Position position = request.cursor() == null ? null
                    : Cursor.decode(request.cursor(), request.sort(), plan.sortFields());
            FieldDoc after = position == null ? null : position.after();
            int offset = position == null ? (request.page() - 1) * request.size() : position.offset();
            StoredDocs stored = new StoredDocs(searcher);
            Found found = find(searcher, stored, snapshot, plan, offset + request.size(), after, true);
            ScoreDoc[] page;
            ScoreDoc placing;
            if (Works.any(snapshot.getIndexReader())) {
                List<Works.Group> works = works(searcher, stored, snapshot, plan, found, offset, request.size(),
                        after);
                page = works.stream().map(Works.Group::shown).toArray(ScoreDoc[]::new);
                placing = works.isEmpty() ? null : works.get(works.size() - 1).placing();
            } else {
                page = slice(found.top.scoreDocs, offset, request.size());
                placing = page.length == 0 ? null : page[page.length - 1];
            }
            List<Hit> hits = hits(searcher, stored, page, plan.marks());
            long total = found.total();
            // Pages are pages of works: a cursor points after the last work's placing edition.
            String nextCursor = page.length == request.size() && offset + page.length < found.works
                    ? Cursor.encode(request.sort(), (FieldDoc) placing, offset + page.length) : null;
            long lastPage = SearchResponse.lastPage(found.works, request.size());
            String didYouMean = plan.hasText() ? plan.typos().didYouMean(plan.userQuery()) : null;
            return new SearchResponse(total, request.page(), request.size(), hits,
                    facetCounts.all(found.tally, request), didYouMean, nextCursor,
                    (System.nanoTime() - started) / 1_000_000, searcher.timedOut(), found.relaxed,
                    plan.nothingSearchable(), lastPage, plan.language(), plan.expansions(), found.works);
        });
    }

    /**
     * The ids of the first {@code depth} hits, ranked exactly as {@link #search} ranks them (same matching,
     * filters and sort), without facets or snippets: for measuring ranking quality.
     */
    public List<String> rankedIds(SearchRequest request, int depth) {
        return withSnapshot(snapshot -> {
            Plan plan = planner.plan(request, snapshot, snapshot, thesaurus.get());
            Found found = find(snapshot, new StoredDocs(snapshot), snapshot, plan, Math.max(1, depth), null, false);
            List<String> ids = new ArrayList<>(found.top.scoreDocs.length);
            for (ScoreDoc doc : found.top.scoreDocs) {
                ids.add(id((FieldDoc) doc));
            }
            return ids;
        });
    }

    /**
     * What a search found: the top hits (with their exact total), the facet counts and the number of works;
     * {@code relaxed} when they are documents with most of the words because none has them all, as
     * {@code query} (the one that found them) asks.
     */
    private record Found(TopFieldDocs top, FacetTally tally, boolean relaxed, long works, Query query) {
        long total() {
            return top.totalHits.value;
        }
    }

    /**
     * Runs a plan. One pass finds which documents match (every word; when no document has every one, most
     * of them) and pass the selections: the exact total, the facet counts, and the top hits, sorted by a field or
     * by the score of their words. Ranked by relevance, the best {@link Ranking#RESCORE_WINDOW} are then
     * scored again with their word pairs' proximity and, for a question of many words, feedback from the
     * best of them; the hits after them keep their first order.
     */
    private Found find(IndexSearcher searcher, StoredDocs stored, Snapshot snapshot, Plan plan, int wanted,
                       FieldDoc after, boolean count) throws IOException {
        boolean byScore = plan.sortFields()[0] == SortField.FIELD_SCORE;
        boolean rescore = byScore && (plan.proximity() != null || plan.expand());
        int collect = rescore ? Math.max(wanted, Ranking.RESCORE_WINDOW) : wanted;
        SidewaysCollectorManager.Result matched = match(searcher, snapshot, plan, plan.strict(), collect, after, count);
        boolean relaxed = false;
        Query query = plan.strict();
        for (Query relaxation : plan.relaxed()) {
            if (matched.top().totalHits.value > 0) {
                break;
            }
            matched = match(searcher, snapshot, plan, relaxation, collect, after, count);
            relaxed = matched.top().totalHits.value > 0;
            query = relaxation;
        }
        if (!rescore || matched.top().totalHits.value == 0) {
            return new Found(matched.top(), matched.tally(), relaxed, matched.works(), query);
        }
        List<FieldDoc> hits = Rescoring.scored(matched.top().scoreDocs);
        List<FieldDoc> best = hits.subList(0, Math.min(hits.size(), Ranking.RESCORE_WINDOW));
        if (plan.proximity() != null) {
            Rescoring.add(searcher, plan.proximity(), best);
        }
        // Preferred as the first query is, so the member's language weighs the same in every part of a score.
        Query expansion = plan.expand()
                ? preference.apply(feedback.expansion(stored, best, plan.words()), plan.preferred()) : null;
        if (expansion != null) {
            Rescoring.add(searcher, expansion, best);
        }
        TopFieldDocs top = new TopFieldDocs(matched.top().totalHits, hits.toArray(new ScoreDoc[0]), plan.sortFields());
        return new Found(top, matched.tally(), relaxed, matched.works(), query);
    }

    /**
     * The documents {@code text} matches that pass the selections: the top {@code wanted} of them with their
     * total, and (when {@code count}) the facet counts drill-sideways. Browsing the whole library takes the
     * snapshot's library counts, counted once.
     */
    private SidewaysCollectorManager.Result match(IndexSearcher searcher, Snapshot snapshot, Plan plan, Query text,
                                                  int wanted, FieldDoc after, boolean count) throws IOException {
        FacetOrdinals ordinals = snapshot.facetOrdinals();
        TopFieldCollectorManager hits = new TopFieldCollectorManager(
                new org.apache.lucene.search.Sort(plan.sortFields()), wanted, after, Integer.MAX_VALUE);
        boolean wholeLibrary = plan.userQuery().isEmpty() && !plan.selections().any() && ordinals != null;
        if (ordinals != null && plan.userQuery().hasPhrase() && plan.selections().dimensions() > 1) {
            // Two or more selections: check them before the phrase's positions (see NearMissFilter).
            text = new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(new NearMissFilter(ordinals, plan.selections()), Occur.FILTER).build();
        }
        SidewaysCollectorManager.Result result = searcher.search(text,
                new SidewaysCollectorManager(hits, ordinals, plan.selections(), count && !wholeLibrary));
        return count && wholeLibrary
                ? new SidewaysCollectorManager.Result(result.top(), FacetTally.library(ordinals), result.works())
                : result;
    }

    /**
     * The works from the {@code offset}-th on (see {@link Works}): more documents are ranked as editions take
     * works' places, and after a cursor of a sorted order, a work whose first edition matched before the cursor
     * was shown on an earlier page.
     */
    private List<Works.Group> works(IndexSearcher searcher, StoredDocs stored, Snapshot snapshot, Plan plan,
                                    Found found, int offset, int size, FieldDoc after) throws IOException {
        ScoreDoc[] first = found.top.scoreDocs;
        Works.Ranked ranked = wanted -> wanted <= first.length || first.length >= found.total() ? first
                : find(searcher, stored, snapshot, plan, (int) Math.min(wanted, found.total()), after, false)
                        .top.scoreDocs;
        Works.ShownBefore shownBefore = after == null ? null : group -> {
            Query editions = new BooleanQuery.Builder().add(found.query, Occur.MUST)
                    .add(new TermQuery(new Term(Schema.WORK, group.work())), Occur.FILTER).build();
            ScoreDoc[] firstEdition = match(searcher, snapshot, plan, editions, 1, null, false).top().scoreDocs;
            return firstEdition.length > 0 && firstEdition[0].doc != group.placing().doc;
        };
        // The member's language as the member, the browser or the query's words said, in any order.
        String shownLanguage = plan.language().source() == MemberLanguage.Source.DEFAULT ? null
                : plan.language().code();
        return Works.page(snapshot.getIndexReader(), ranked, offset, size, shownLanguage,
                Works.languages(snapshot.getIndexReader(), snapshot.facetOrdinals(),
                        doc -> mapper.toResource(stored.get(doc.doc)).language()), shownBefore);
    }

    /** Values of one dimension over the whole library, optionally only those matching a prefix. */
    public List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage) {
        return withSnapshot(snapshot -> {
            FacetOrdinals ordinals = snapshot.facetOrdinals();
            SearchRequest request = SearchRequest.builder().labelLanguage(labelLanguage).build();
            List<FacetValue> all = facetCounts.values(ordinals == null ? null : FacetTally.library(ordinals),
                    dimension, request, FacetCounts.ALL);
            return Autocomplete.matching(all, prefix, count);
        });
    }

    public List<Suggestion> suggest(String prefix, int count, String labelLanguage) {
        return withSnapshot(snapshot -> suggestions.suggest(snapshot, prefix, count, labelLanguage,
                thesaurus.get()));
    }

    public List<Hit> similar(String id, int count) {
        return withSnapshot(snapshot -> {
            ScoreDoc[] docs = similar.find(snapshot, id, count);
            return hits(snapshot, new StoredDocs(snapshot), docs, null);
        });
    }

    private IndexSearcher budgeted(Snapshot snapshot) {
        // A searcher per request: the time budget is per searcher, terms are looked up once per search, and
        // making one is cheap.
        IndexSearcher searcher = new TermCachingSearcher(snapshot.getIndexReader());
        searcher.setSimilarity(snapshot.getSimilarity());
        searcher.setTimeout(new QueryTimeoutImpl(timeBudgetMs));
        return searcher;
    }

    static SortField[] sortFields(Sort sort) {
        SortField id = new IdOrder();
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

    /** A hit's resource id: every order ends with it ({@link IdOrder}), so no stored field is read for it. */
    private static String id(FieldDoc hit) {
        return ((BytesRef) hit.fields[hit.fields.length - 1]).utf8ToString();
    }

    private static ScoreDoc[] slice(ScoreDoc[] docs, int offset, int size) {
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[Math.min(size, docs.length - offset)];
        System.arraycopy(docs, offset, page, 0, page.length);
        return page;
    }

    private List<Hit> hits(IndexSearcher searcher, StoredDocs stored, ScoreDoc[] docs,
                           Function<String, Query> marks) throws IOException {
        List<Resource> resources = new ArrayList<>(docs.length);
        int[] ids = new int[docs.length];
        String[] languages = new String[docs.length];
        int[][] pageOffsets = new int[docs.length][];
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.get(docs[i].doc);
            Resource resource = mapper.toResource(doc);
            resources.add(resource);
            ids[i] = docs[i].doc;
            languages[i] = resource.language();
            pageOffsets[i] = DocumentMapper.offsets(doc);
        }
        List<List<Snippet>> snippets = new Snippets(searcher, stored).forHits(marks, ids, languages, pageOffsets);
        List<List<Edition>> editions = Works.editions(searcher, mapper, resources);
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Resource r = resources.get(i);
            hits.add(new Hit(r.id(), r.title(), r.type(), r.countries(), r.topics(), r.language(), r.year(),
                    r.organization(), r.fileName(), r.mediaType(), snippets.get(i), Hit.documentUrl(r.id()),
                    Hit.fileUrl(r.id()), editions.get(i)));
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
