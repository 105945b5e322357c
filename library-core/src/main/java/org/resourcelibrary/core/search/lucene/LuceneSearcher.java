package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.index.Analysis;
import org.resourcelibrary.core.index.DocumentMapper;
import org.resourcelibrary.core.index.FacetOrdinals;
import org.resourcelibrary.core.index.Schema;
import org.resourcelibrary.core.index.Snapshot;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.query.Expanded;
import org.resourcelibrary.core.query.QueryTranslator;
import org.resourcelibrary.core.query.QueryTranslator.Matching;
import org.resourcelibrary.core.query.Ranking;
import org.resourcelibrary.core.query.TermCachingSearcher;
import org.resourcelibrary.core.query.Typos;
import org.resourcelibrary.core.query.UserQuery;
import org.resourcelibrary.core.query.UserQueryParser;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Expansion;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.thesaurus.QueryExpansion;
import org.resourcelibrary.core.thesaurus.Thesaurus;
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
    /** The thesaurus as it is now: the data directory's file, re-read when a librarian changes it. */
    private volatile Supplier<Thesaurus> thesaurus;

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
            Plan plan = plan(request, snapshot);
            Cursor.Position position = request.cursor() == null ? null
                    : Cursor.decode(request.cursor(), request.sort(), plan.sortFields);
            FieldDoc after = position == null ? null : position.after();
            int offset = position == null ? (request.page() - 1) * request.size() : position.offset();
            StoredDocs stored = new StoredDocs(searcher);
            Found found = find(searcher, stored, snapshot, plan, offset + request.size(), after, true);
            ScoreDoc[] page = slice(found.top.scoreDocs, offset, request.size());
            List<Hit> hits = hits(searcher, stored, page, plan.marks);
            long total = found.total();
            String nextCursor = page.length == request.size() && offset + page.length < total
                    ? Cursor.encode(request.sort(), (FieldDoc) page[page.length - 1], offset + page.length) : null;
            String didYouMean = plan.hasText() ? plan.typos.didYouMean(plan.userQuery) : null;
            return new SearchResponse(total, request.page(), request.size(), hits,
                    facetCounts.all(found.tally, request), didYouMean, nextCursor,
                    (System.nanoTime() - started) / 1_000_000, searcher.timedOut(), plan.expansions);
        });
    }

    /**
     * The ids of the first {@code depth} hits, ranked exactly as {@link #search} ranks them (same matching,
     * filters and sort), without facets or snippets: for measuring ranking quality.
     */
    public List<String> rankedIds(SearchRequest request, int depth) {
        return withSnapshot(snapshot -> {
            Plan plan = plan(request, snapshot);
            Found found = find(snapshot, new StoredDocs(snapshot), snapshot, plan, Math.max(1, depth), null, false);
            List<String> ids = new ArrayList<>(found.top.scoreDocs.length);
            for (ScoreDoc doc : found.top.scoreDocs) {
                ids.add(id((FieldDoc) doc));
            }
            return ids;
        });
    }

    /**
     * A request understood: its text query (every word; any word, for when no document has every one), what
     * its word pairs' proximity adds to a score (null without two plain words), its selections and its sort,
     * and what snippets mark in each body field (null without words). A question of many words is expanded
     * with feedback from its first results. The thesaurus's additions are part of the queries and listed.
     */
    private record Plan(UserQuery userQuery, Typos typos, Query strict, Query relaxed, Query proximity,
                        boolean expand, int words, Selections selections, SortField[] sortFields,
                        Function<String, Query> marks, List<Expansion> expansions) {
        boolean hasText() {
            return marks != null;
        }
    }

    /** What a search found: the top hits (with their exact total) and the facet counts. */
    private record Found(TopFieldDocs top, FacetTally tally) {
        long total() {
            return top.totalHits.value;
        }
    }

    private Plan plan(SearchRequest request, Snapshot snapshot) throws IOException {
        request.validate(vocabulary);
        UserQuery userQuery = parser.parse(request.query());
        boolean hasText = hasText(userQuery);
        QueryExpansion crossing = hasText ? QueryExpansion.of(userQuery, thesaurus.get(), request.expand())
                : QueryExpansion.none(userQuery);
        Typos typos = hasText ? Typos.of(crossing.unnamedWords(word -> inText(snapshot.getIndexReader(), word)),
                snapshot.getIndexReader()) : Typos.none();
        int words = QueryTranslator.contentWords(userQuery);
        boolean expand = words > QueryTranslator.ALL_WORDS_UP_TO && request.sort() == Sort.RELEVANCE;
        // A query of more words than must all match needs no other word repeated in a variant; and one of its
        // words naming a vocabulary value ("reports" in a question) does not ask for every document tagged so.
        boolean wordsOptional = words > QueryTranslator.ALL_WORDS_UP_TO;
        Query strict = Expanded.of(translator.translate(userQuery, Matching.ALL, typos),
                crossing.variants(wordsOptional, !wordsOptional).stream().map(v -> translator
                        .inLanguage(v.language()).translate(v.query(), Matching.ALL, typos)).toList(),
                QueryExpansion.WEIGHT);
        Query relaxed = hasText ? Expanded.of(translator.translate(userQuery, Matching.ANY, typos),
                crossing.variants(true, false).stream().map(v -> translator
                        .inLanguage(v.language()).translate(v.query(), Matching.ANY, typos)).toList(),
                QueryExpansion.WEIGHT)
                : null;
        List<QueryExpansion.Variant> marked = crossing.variants(true, false);
        return new Plan(userQuery, typos, strict, relaxed, translator.proximity(userQuery),
                expand, words, Selections.of(request, snapshot.facetOrdinals()), sortFields(request.sort()),
                hasText ? field -> Expanded.of(translator.marks(userQuery, typos, field), marked.stream()
                        .map(v -> translator.inLanguage(v.language()).marks(v.query(), typos, field)).toList(),
                        QueryExpansion.WEIGHT) : null,
                crossing.expansions());
    }

    /**
     * Runs a plan. One pass finds which documents match (every word; any word when no document has every
     * one) and pass the selections: the exact total, the facet counts, and the top hits, sorted by a field or
     * by the score of their words. Ranked by relevance, the best {@link Ranking#RESCORE_WINDOW} are then
     * scored again with their word pairs' proximity and, for a question of many words, feedback from the
     * best of them; the hits after them keep their first order.
     */
    private Found find(IndexSearcher searcher, StoredDocs stored, Snapshot snapshot, Plan plan, int wanted,
                       FieldDoc after, boolean count) throws IOException {
        boolean byScore = plan.sortFields[0] == SortField.FIELD_SCORE;
        boolean rescore = byScore && (plan.proximity != null || plan.expand);
        int collect = rescore ? Math.max(wanted, Ranking.RESCORE_WINDOW) : wanted;
        Query matching = plan.strict;
        SidewaysCollectorManager.Result matched = match(searcher, snapshot, plan, matching, collect, after, count);
        if (matched.top().totalHits.value == 0 && plan.relaxed != null) {
            matching = plan.relaxed;
            matched = match(searcher, snapshot, plan, matching, collect, after, count);
        }
        if (!rescore || matched.top().totalHits.value == 0) {
            return new Found(matched.top(), matched.tally());
        }
        List<FieldDoc> hits = Rescoring.scored(matched.top().scoreDocs);
        List<FieldDoc> best = hits.subList(0, Math.min(hits.size(), Ranking.RESCORE_WINDOW));
        if (plan.proximity != null) {
            Rescoring.add(searcher, plan.proximity, best);
        }
        Query expansion = plan.expand ? feedback.expansion(stored, best, plan.words) : null;
        if (expansion != null) {
            Rescoring.add(searcher, expansion, best);
        }
        TopFieldDocs top = new TopFieldDocs(matched.top().totalHits, hits.toArray(new ScoreDoc[0]), plan.sortFields);
        return new Found(top, matched.tally());
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
                new org.apache.lucene.search.Sort(plan.sortFields), wanted, after, Integer.MAX_VALUE);
        boolean wholeLibrary = plan.userQuery.isEmpty() && !plan.selections.any() && ordinals != null;
        if (ordinals != null && hasPhrase(plan.userQuery) && plan.selections.dimensions() > 1) {
            // Two or more selections: check them before the phrase's positions (see NearMissFilter).
            text = new BooleanQuery.Builder().add(text, Occur.MUST)
                    .add(new NearMissFilter(ordinals, plan.selections), Occur.FILTER).build();
        }
        SidewaysCollectorManager.Result result = searcher.search(text,
                new SidewaysCollectorManager(hits, ordinals, plan.selections, count && !wholeLibrary));
        return count && wholeLibrary
                ? new SidewaysCollectorManager.Result(result.top(), FacetTally.library(ordinals))
                : result;
    }

    /** Values of one dimension over the whole library, optionally only those matching a prefix. */
    public List<FacetValue> facetValues(Dimension dimension, String prefix, int count, String labelLanguage) {
        return withSnapshot(snapshot -> {
            FacetOrdinals ordinals = snapshot.facetOrdinals();
            SearchRequest request = SearchRequest.builder().labelLanguage(labelLanguage).build();
            List<FacetValue> all = facetCounts.values(ordinals == null ? null : FacetTally.library(ordinals),
                    dimension, request, FacetCounts.ALL);
            return Suggestions.matching(all, prefix, count);
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

    /** Whether the library's text has a word (as the language-neutral analysis indexes it). */
    private static boolean inText(IndexReader reader, String word) {
        try {
            return reader.docFreq(new Term(Schema.BODY, Analysis.neutral().normalize(Schema.BODY, word))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's terms failed", e);
        }
    }

    private static boolean hasPhrase(UserQuery query) {
        return query.groups().stream().anyMatch(g -> !g.prohibited()
                && g.alternatives().stream().anyMatch(c -> c instanceof UserQuery.Phrase));
    }

    private static boolean hasText(UserQuery query) {
        return query.groups().stream().anyMatch(g -> !g.prohibited() && g.alternatives().stream()
                .anyMatch(c -> c instanceof UserQuery.Word || c instanceof UserQuery.Phrase));
    }

    private IndexSearcher budgeted(Snapshot snapshot) {
        // A searcher per request: the time budget is per searcher, terms are looked up once per search, and
        // making one is cheap.
        IndexSearcher searcher = new TermCachingSearcher(snapshot.getIndexReader());
        searcher.setSimilarity(snapshot.getSimilarity());
        searcher.setTimeout(new QueryTimeoutImpl(timeBudgetMs));
        return searcher;
    }

    private static SortField[] sortFields(Sort sort) {
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
