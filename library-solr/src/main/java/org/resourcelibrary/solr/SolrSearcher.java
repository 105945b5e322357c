package org.resourcelibrary.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.query.FeedbackWords;
import org.resourcelibrary.core.search.query.QueryWords;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.query.Spellings;
import org.resourcelibrary.core.search.query.StopWords;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQueryParser;
import org.resourcelibrary.core.search.Edition;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Searches a SolrCloud collection as the embedded index searches: the query parsed by the library's own parser,
 * the thesaurus's variants of its words, stop-word-only text browsing, every word required then relaxed step by step when nothing has them all, exact
 * drill-sideways facet counts, one hit per work ({@link SolrWorks}), pages and cursors of works, snippets with their
 * pages, and the response's notes on where Solr answers otherwise ({@link BackendNotes}).
 */
final class SolrSearcher {

    private final SolrClient client;
    private final String collection;
    private final SolrDocuments documents;
    private final UserQueryParser parser;
    private final SolrRequests requests;
    private final SolrFacets facets;
    /** The thesaurus as it is now (see {@link SolrLibrary#useThesaurus}). */
    private final Supplier<Thesaurus> thesaurus;
    private final Duration timeBudget;
    /** Every resource a filter matches: the editions of a page's works. */
    private final Function<String, List<Resource>> editions;

    SolrSearcher(SolrClient client, String collection, SolrDocuments documents, Vocabulary vocabulary,
                 Ranking ranking, Supplier<Thesaurus> thesaurus, Duration timeBudget,
                 Function<String, List<Resource>> editions) {
        this.client = client;
        this.collection = collection;
        this.documents = documents;
        this.parser = new UserQueryParser(vocabulary);
        this.requests = new SolrRequests(ranking);
        this.facets = new SolrFacets(vocabulary);
        this.thesaurus = thesaurus;
        this.timeBudget = timeBudget;
        this.editions = editions;
    }

    SearchResponse search(SearchRequest asked) {
        long started = System.nanoTime();
        UserQuery parsed = parser.parse(asked.query());
        UserQuery browsing = StopWords.withoutUnsearchableText(parsed);
        UserQuery query = browsing == null ? parsed : browsing;
        SolrCursor cursor = asked.cursor() == null ? null : SolrCursor.decode(asked.cursor(), asked.sort());
        SolrWords words = words(asked, query);
        SearchRequest request = words.assumingLanguage(asked);
        List<String> attempts = SolrRequests.mustMatch(query, request.match());
        List<String> steps = cursor != null ? List.of(cursor.mustMatch()) : attempts;
        SolrVariants variants = SolrVariants.of(request, query, thesaurus.get(), attempts);
        Spellings spellings = words.spellings(variants.unnamedWords(words::inText));
        long offset = cursor != null ? cursor.offset() : (long) (request.page() - 1) * request.size();
        boolean expand = expands(request, query);
        // Solr's cursor marks start at the first hit: the first page and a cursor's pages take one (so deep pages
        // cost as little as in the embedded index); a page asked for by number past the first is found by offset,
        // and so are the pages its cursor leads to. A question re-ranked by its feedback words is paged by offset
        // too: a cursor mark pages by first-stage scores, not by the re-ranked ones.
        String mark = expand ? null : cursor != null ? cursor.mark()
                : offset == 0 ? CursorMarkParams.CURSOR_MARK_START : null;
        Found found = find(steps, mustMatch -> SolrWorks.collapsed(requests.search(request, query, variants, spellings,
                mustMatch, mark, offset), request.sort()), cursor != null, expand
                ? feedback(request, query, variants, spellings, steps, cursor != null) : null);
        QueryResponse response = found.response();
        String used = found.mustMatch();
        NamedList<?> counted = (NamedList<?>) response.getResponse().get("facets");
        // Hits are works (SolrWorks); the total counts documents, every edition.
        long works = response.getResults().getNumFound();
        long total = SolrWorks.documents(counted, works);
        // A cursor's pages keep the attempt its first page took.
        boolean relaxed = works > 0 && !used.equals(attempts.get(0));
        MemberLanguage language = request.memberLanguage() != null ? request.memberLanguage()
                : new MemberLanguage(Vocabulary.DEFAULT_LANGUAGE, MemberLanguage.Source.DEFAULT);
        Shown shown = shown(response, language, elsewhere -> run(SolrWorks.preferred(requests.search(request, query,
                variants, spellings, used, null, 0), request.sort(), elsewhere, language.code()), false));
        List<Hit> hits = hits(shown.documents(), shown.passages(), query.hasText());
        String next = hits.size() == request.size() && offset + hits.size() < works
                ? new SolrCursor(request.sort(), offset + hits.size(), used,
                        mark == null ? null : response.getNextCursorMark()).encode()
                : null;
        boolean partial = Boolean.TRUE.equals(response.getHeader().get("partialResults"));
        return new SearchResponse(total, request.page(), request.size(), hits, facets.all(counted, request),
                query.hasText() ? spellings.didYouMean(query) : null, next,
                (System.nanoTime() - started) / 1_000_000, partial, relaxed,
                browsing != null || parsed.isEmpty() && !UserQueryParser.asksForEverything(request.query()),
                SearchResponse.lastPage(works, request.size()), language, variants.expansions(), works,
                BackendNotes.of(request, query));
    }

    /** The documents a page shows, in order, and their passages by id. */
    private record Shown(List<SolrDocument> documents, Map<String, Map<String, List<String>>> passages) {
    }

    /**
     * What a page of works shows: each work's placing edition, or, when the member's language is known (said, or
     * guessed from the browser or the words) and that edition is in another, the work's best-ranked edition in the
     * member's language if one matched, found by {@code preferred} for those works in one request.
     */
    private Shown shown(QueryResponse page, MemberLanguage language,
                        Function<Collection<String>, QueryResponse> preferred) {
        List<SolrDocument> shown = new ArrayList<>(page.getResults());
        Map<String, Map<String, List<String>>> passages = new HashMap<>();
        if (page.getHighlighting() != null) {
            passages.putAll(page.getHighlighting());
        }
        Map<String, Integer> elsewhere = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            Resource placing = documents.resource(shown.get(i));
            if (language.source() != MemberLanguage.Source.DEFAULT && placing.work() != null
                    && !language.code().equals(placing.language())) {
                elsewhere.put(placing.work(), i);
            }
        }
        if (elsewhere.isEmpty()) {
            return new Shown(shown, passages);
        }
        QueryResponse editions = preferred.apply(elsewhere.keySet());
        for (SolrDocument edition : editions.getResults()) {
            shown.set(elsewhere.get(documents.resource(edition).work()), edition);
        }
        if (editions.getHighlighting() != null) {
            passages.putAll(editions.getHighlighting());
        }
        return new Shown(shown, passages);
    }

    /**
     * The ids of the first {@code depth} hits, found and ranked as {@link #search} finds and ranks them, in one
     * request without facets, passages or stored fields.
     */
    List<String> rankedIds(SearchRequest asked, int depth) {
        UserQuery parsed = parser.parse(asked.query());
        UserQuery browsing = StopWords.withoutUnsearchableText(parsed);
        UserQuery query = browsing == null ? parsed : browsing;
        SolrWords words = words(asked, query);
        SearchRequest request = words.assumingLanguage(asked);
        List<String> steps = SolrRequests.mustMatch(query, request.match());
        SolrVariants variants = SolrVariants.of(request, query, thesaurus.get(), steps);
        Spellings spellings = words.spellings(variants.unnamedWords(words::inText));
        Found found = find(steps, mustMatch -> {
            SolrQuery lean = requests.search(request, query, variants, spellings, mustMatch, null, 0);
            lean.remove("json.facet");
            lean.setHighlight(false);
            lean.setFields(Schema.ID);
            lean.setRows(depth);
            return lean;
        }, false, expands(request, query) ? feedback(request, query, variants, spellings, steps, false) : null);
        return found.response().getResults().stream().map(doc -> (String) doc.getFirstValue(Schema.ID)).toList();
    }

    /**
     * What the search must know of its words (their close spellings, the language they are in), in one request
     * before it is asked; none when it has no words.
     */
    private SolrWords words(SearchRequest request, UserQuery query) {
        SolrQuery lookUp = SolrWords.request(request, query);
        return lookUp == null ? SolrWords.none() : SolrWords.of(run(lookUp, false), request, query);
    }

    /** What a search found, and with how many of its words required ({@code mm}). */
    private record Found(QueryResponse response, String mustMatch) {
    }

    /**
     * Runs each attempt in turn until one finds something (the last one's answer when none does). With
     * {@code feedback}, the attempt that finds something is known already, and its search is run once, re-ranked.
     */
    private Found find(List<String> steps, Function<String, SolrQuery> attempt, boolean byCursor, Feedback feedback) {
        if (feedback != null) {
            return new Found(run(requests.rerank(attempt.apply(feedback.mustMatch()), feedback.request(),
                    feedback.words(), feedback.contentWords()), byCursor), feedback.mustMatch());
        }
        Found found = null;
        for (String mustMatch : steps) {
            found = new Found(run(attempt.apply(mustMatch), byCursor), mustMatch);
            if (found.response().getResults().getNumFound() > 0) {
                break;
            }
        }
        return found;
    }

    /**
     * A question's feedback: the words of its first answers, found with the attempts in turn as the search
     * itself finds them (so the attempt that found them is the one the search takes).
     */
    private record Feedback(SearchRequest request, String mustMatch, List<FeedbackWords.Word> words,
                            int contentWords) {
    }

    private Feedback feedback(SearchRequest request, UserQuery query, SolrVariants variants, Spellings spellings,
                              List<String> steps, boolean byCursor) {
        Found first = find(steps, mustMatch -> requests.firstAnswers(request, query, variants, spellings, mustMatch),
                byCursor, null);
        List<FeedbackWords.Answer> answers = new ArrayList<>();
        for (SolrDocument doc : first.response().getResults()) {
            answers.add(new FeedbackWords.Answer((String) doc.getFirstValue(Schema.BODY),
                    documents.resource(doc).language(), ((Number) doc.getFirstValue(SolrRequests.SCORE)).doubleValue()));
        }
        return new Feedback(request, first.mustMatch(), FeedbackWords.of(answers),
                QueryWords.content(query));
    }

    /** Whether a search is a question ranked with feedback from its first answers, as in the embedded index. */
    private static boolean expands(SearchRequest request, UserQuery query) {
        return request.sort() == Sort.RELEVANCE && query.hasText()
                && FeedbackWords.expands(QueryWords.content(query));
    }

    /**
     * Runs a search; a request Solr refuses (a cursor mark it cannot read, a query it cannot parse) is the
     * caller's fault and says so.
     */
    private QueryResponse run(SolrQuery query, boolean byCursor) {
        query.set("timeAllowed", Long.toString(timeBudget.toMillis()));
        try {
            return client.query(collection, query);
        } catch (SolrException e) {
            // Only a node's answer says the request was bad: the client's own 400s ("collection not found" while
            // ZooKeeper is away) mean the cluster cannot be asked.
            if (e instanceof BaseHttpSolrClient.RemoteSolrException
                    && e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                throw new InvalidRequestException(byCursor ? "cursor" : "q", byCursor
                        ? "cursor is not one this library issued; start again from the first page and follow nextCursor"
                        : "the query could not be understood: " + e.getMessage());
            }
            throw new SolrUnavailableException("searching SolrCloud failed: " + e.getMessage(), e);
        } catch (SolrServerException | IOException e) {
            throw new SolrUnavailableException("searching SolrCloud failed: " + e.getMessage(), e);
        }
    }

    /**
     * The hits of these documents, each with its passages (from {@code passages}, by id, when {@code marked}) or its
     * text's opening, on their pages, and the other editions of its work.
     */
    List<Hit> hits(List<SolrDocument> docs, Map<String, Map<String, List<String>>> passages, boolean marked) {
        List<Resource> resources = docs.stream().map(documents::resource).toList();
        String works = SolrWorks.editionsFilter(resources);
        List<List<Edition>> editions = Edition.othersOfEach(resources,
                works == null ? List.of() : this.editions.apply(works));
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SolrDocument doc = docs.get(i);
            Resource r = resources.get(i);
            String body = (String) doc.getFirstValue(Schema.BODY);
            int[] offsets = SolrDocuments.offsets(doc);
            List<Snippet> snippets = new ArrayList<>();
            if (marked) {
                for (String passage : passages(passages.getOrDefault(r.id(), Map.of()))) {
                    snippets.add(new Snippet(passage, page(body, offsets, passage)));
                }
            }
            if (snippets.isEmpty()) {
                Snippet.opening(body, offsets).ifPresent(snippets::add);
            }
            hits.add(new Hit(r.id(), r.title(), r.type(), r.countries(), r.topics(), r.language(), r.year(),
                    r.organization(), r.fileName(), r.mediaType(), snippets, Hit.documentUrl(r.id()),
                    Hit.fileUrl(r.id()), editions.get(i)));
        }
        return hits;
    }

    /**
     * A hit's passages as the embedded index takes them: from the body in its language (where the stemmed forms
     * matched), else from the neutral body.
     */
    private static List<String> passages(Map<String, List<String>> byField) {
        for (String field : SolrRequests.PASSAGE_FIELDS) {
            List<String> passages = byField.getOrDefault(field, List.of());
            if (!passages.isEmpty()) {
                return passages;
            }
        }
        return List.of();
    }

    /** The page a passage is on: where its text, unmarked and unescaped, first occurs in the body. */
    private static Integer page(String body, int[] offsets, String passage) {
        String text = unescape(passage.replace("<mark>", "").replace("</mark>", ""));
        int at = body == null ? -1 : body.indexOf(text);
        return Snippet.page(offsets, Math.max(0, at));
    }

    /** The text of a passage Solr's HTML encoder escaped. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
