package org.resourcelibrary.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.query.FeedbackWords;
import org.resourcelibrary.core.search.query.QueryWords;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.query.Spellings;
import org.resourcelibrary.core.search.query.StopWords;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetListing;
import org.resourcelibrary.core.search.Match;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * A search as Solr is asked it: the words over the neutral and per-language fields with the ranking's weights
 * (edismax, the best field plus a share of the others as the embedded dis-max does), the word pairs' proximity,
 * each selected dimension as a filter tagged with its name, every dimension counted by the JSON Facet API with its
 * own filter excluded (drill-sideways) and refined (exact across shards), the sort ending with the id, the page by
 * number or by cursor mark, and passages of the text around the words.
 */
final class SolrRequests {

    /** Values counted per dimension in a search, as the embedded index lists. */
    static final int FACET_VALUES = FacetListing.TOP_VALUES;
    /**
     * The fields passages are taken from: the body in each language (a document has only its own), then the
     * neutral body (see {@link SolrSearcher#hits}).
     */
    static final List<String> PASSAGE_FIELDS = passageFields();
    /** Passages per hit and their length, as the embedded index's. */
    static final int PASSAGES = 2;
    static final int PASSAGE_LENGTH = 220;
    /** Every document a query finds must have every one of its words. */
    static final String ALL_WORDS = "100%";
    /** The JSON Facet API's limit meaning every value. */
    static final int ALL_VALUES = -1;
    /**
     * Fields a query may name ({@code title:word}, {@code country:ZM} inside parentheses), and those the library
     * names itself: the typo fields and the nested clause of a word with its spellings ({@link SolrTypos}).
     */
    private static final String NAMED_FIELDS = Schema.TITLE + " " + java.util.Arrays.stream(Dimension.values())
            .map(Dimension::param).collect(Collectors.joining(" ")) + " " + SolrTypos.alias(null) + " "
            + Schema.TEXT_FIELDS.stream().map(SolrTypos::alias).collect(Collectors.joining(" ")) + " _query_";
    /** Prefix of the request parameters the feedback words are passed in. */
    private static final String FEEDBACK_PARAM = "fb";
    static final String SCORE = "score";
    /** The fields a hit is made of. */
    static final String STORED = String.join(",", Schema.ID, Schema.RESOURCE, Schema.PAGE_OFFSETS, Schema.BODY);

    private final Ranking ranking;
    private final String queryFields;
    private final String proximityFields;
    /** The typo fields of a word typed in any field (null) or in one, each with its weights. */
    private final Map<String, String> typoFields = new LinkedHashMap<>();

    SolrRequests(Ranking ranking) {
        this.ranking = ranking;
        this.queryFields = weighted(Schema.TEXT_FIELDS, 1f);
        this.proximityFields = weighted(List.of(Schema.TITLE, Schema.BODY), ranking.proximity());
        // A close spelling is searched in the language-neutral fields only, at the neutral form's weight times a
        // close spelling's, as in the embedded index.
        float typo = ranking.neutral() * ranking.typo();
        typoFields.put(SolrTypos.alias(null), Schema.TEXT_FIELDS.stream().map(f -> f + "^" + weight(f) * typo)
                .collect(Collectors.joining(" ")));
        Schema.TEXT_FIELDS.forEach(f -> typoFields.put(SolrTypos.alias(f), f + "^" + typo));
    }

    /**
     * The {@code mm} of each attempt, in turn until one finds something: every word; then (a keyword query, not
     * {@link Match#ALL}) all but one, all but two... then any, as the embedded index relaxes.
     */
    static List<String> mustMatch(UserQuery query, Match match) {
        int words = QueryWords.content(query);
        if (!query.hasText() || match == Match.ALL) {
            return List.of(ALL_WORDS);
        }
        if (words > QueryWords.ALL_WORDS_UP_TO) {
            return List.of("1");
        }
        List<String> steps = new ArrayList<>(List.of(ALL_WORDS));
        for (int most = QueryWords.optional(query) - 1; most > 1; most--) {
            steps.add(Integer.toString(most));
        }
        steps.add("1");
        return steps;
    }

    /**
     * @param query      the query's words and filters, stop-word-only text already left out
     * @param variants   what the thesaurus adds to the query's words
     * @param spellings  the close spellings of its words
     * @param mustMatch  how many of its optional words a hit must have
     * @param cursorMark Solr's mark to page from, or null to page by offset
     * @param offset     hits before the page, when paging by offset
     */
    SolrQuery search(SearchRequest request, UserQuery query, SolrVariants variants, Spellings spellings,
                     String mustMatch, String cursorMark, long offset) {
        SolrQuery solr = new SolrQuery();
        SolrTypos typos = SolrTypos.of(spellings, solr);
        String text = SolrQueryText.text(withoutStopWords(query), typos);
        if (text.isBlank()) {
            solr.setQuery("*:*");
        } else {
            variants.query(solr, text, mustMatch, typos);
            typoFields.forEach((alias, fields) -> solr.set("f." + alias + ".qf", fields));
            solr.set("qf", queryFields);
            solr.set("tie", Float.toString(ranking.tieBreaker()));
            solr.set("mm", mustMatch);
            solr.set("uf", NAMED_FIELDS);
            solr.set("pf2", proximityFields);
            solr.set("ps2", ranking.proximitySlop());
            preferLanguage(solr, request);
            highlight(solr);
        }
        SolrQueryText.filters(query).forEach(solr::addFilterQuery);
        selections(request).forEach(solr::addFilterQuery);
        solr.set("json.facet", facets());
        for (SolrQuery.SortClause clause : sort(request.sort())) {
            solr.addSort(clause);
        }
        solr.setFields(STORED);
        solr.setRows(request.size());
        if (cursorMark != null) {
            solr.set(CursorMarkParams.CURSOR_MARK_PARAM, cursorMark);
        } else {
            solr.setStart(Math.toIntExact(offset));
        }
        return solr;
    }

    /**
     * The first answers a question's feedback words are taken from ({@link FeedbackWords#DOCUMENTS} of them, best
     * first, with their scores, text and language): the search's words and filters, without facets or passages.
     */
    SolrQuery firstAnswers(SearchRequest request, UserQuery query, SolrVariants variants, Spellings spellings,
                           String mustMatch) {
        SolrQuery solr = search(request, query, variants, spellings, mustMatch, null, 0);
        solr.remove("json.facet");
        solr.setHighlight(false);
        solr.setFields(Schema.RESOURCE, Schema.BODY, SCORE);
        solr.setRows(FeedbackWords.DOCUMENTS);
        return solr;
    }

    /**
     * {@code solr} with the feedback words added to the scores of its best {@link Ranking#RESCORE_WINDOW} hits
     * (Solr's re-rank query, per shard), as the embedded index adds them: each word a term in its language's body
     * field weighted by its share, together by {@link FeedbackWords#weight}, preferring the member's language as
     * the words themselves are. Unchanged when there are no words.
     *
     * @param words the query's content words
     */
    SolrQuery rerank(SolrQuery solr, SearchRequest request, List<FeedbackWords.Word> added, int words) {
        if (added.isEmpty()) {
            return solr;
        }
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            FeedbackWords.Word word = added.get(i);
            // Term queries: the tokens are analysed already, and the lucene parser would analyse them again.
            solr.set(FEEDBACK_PARAM + "t" + i, "{!term f=" + word.field() + "}" + word.token());
            solr.set(FEEDBACK_PARAM + i, String.format(Locale.ROOT, "{!boost b=%s v=$%st%d}",
                    (float) word.share(), FEEDBACK_PARAM, i));
            clauses.add("should=$" + FEEDBACK_PARAM + i);
        }
        solr.set(FEEDBACK_PARAM + "words", "{!bool " + String.join(" ", clauses) + "}");
        String weight = Float.toString(FeedbackWords.weight(words));
        String preference = languagePreference(request);
        solr.set(FEEDBACK_PARAM, String.format(Locale.ROOT, "{!boost b=%s v=$%swords}",
                preference == null ? weight : "product(" + weight + "," + preference + ")", FEEDBACK_PARAM));
        solr.set(CommonParams.RQ, String.format(Locale.ROOT, "{!rerank reRankQuery=$%s reRankDocs=%d reRankWeight=1}",
                FEEDBACK_PARAM, Ranking.RESCORE_WINDOW));
        return solr;
    }

    /** The query without its stop words when it has other words: they are optional in the embedded index too. */
    static UserQuery withoutStopWords(UserQuery query) {
        List<UserQuery.Group> kept = query.groups().stream().filter(g -> !StopWords.isStopWord(g)).toList();
        return kept.stream().anyMatch(g -> !g.isFilter() && !g.prohibited()) ? new UserQuery(kept) : query;
    }

    /** Documents in the member's language rank higher by the same factor as in the embedded index. */
    private void preferLanguage(SolrQuery solr, SearchRequest request) {
        String preference = languagePreference(request);
        if (preference != null) {
            solr.set("boost", preference);
        }
    }

    /** What a score is multiplied by for the member's language (a function), or null when none is preferred. */
    private String languagePreference(SearchRequest request) {
        if (request.sort() == Sort.RELEVANCE && request.memberLanguage() != null
                && Analysis.analysed(request.memberLanguage().code())) {
            return String.format(Locale.ROOT, "if(termfreq(%s,'%s'),%s,1)", Dimension.LANGUAGE.param(),
                    request.memberLanguage().code(), ranking.memberLanguage());
        }
        return null;
    }

    private static List<String> passageFields() {
        List<String> fields = new ArrayList<>();
        for (String language : Analysis.LANGUAGES) {
            fields.add(Schema.languageField(Schema.BODY, language));
        }
        fields.add(Schema.BODY);
        return List.copyOf(fields);
    }

    private static void highlight(SolrQuery solr) {
        solr.setHighlight(true);
        solr.set("hl.method", "unified");
        solr.set("hl.fl", String.join(",", PASSAGE_FIELDS));
        // Each field marks the query's words in its own analysis, as the embedded index's highlighter does: the
        // body in its language marks the stemmed forms that matched, the neutral body the words as typed.
        solr.set("hl.requireFieldMatch", true);
        solr.set("hl.snippets", PASSAGES);
        solr.set("hl.fragsize", PASSAGE_LENGTH);
        solr.set("hl.encoder", "html");
        solr.set("hl.tag.pre", "<mark>");
        solr.set("hl.tag.post", "</mark>");
        solr.set("hl.defaultSummary", false);
    }

    /** Each selected dimension's values (OR) as a filter tagged with the dimension's name; years with the range. */
    static List<String> selections(SearchRequest request) {
        List<String> filters = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<String> clauses = new ArrayList<>();
            String values = request.selected(dimension).stream()
                    .map(v -> dimension == Dimension.YEAR ? dimension.param() + ":" + Integer.parseInt(v)
                            : SolrQueryText.term(dimension.param(), v))
                    .collect(Collectors.joining(" OR "));
            if (!values.isEmpty()) {
                clauses.add("(" + values + ")");
            }
            if (dimension == Dimension.YEAR && (request.yearFrom() != null || request.yearTo() != null)) {
                clauses.add(dimension.param() + ":[" + bound(request.yearFrom()) + " TO " + bound(request.yearTo())
                        + "]");
            }
            if (!clauses.isEmpty()) {
                filters.add("{!tag=" + dimension.param() + "}" + String.join(" AND ", clauses));
            }
        }
        return filters;
    }

    /**
     * Every dimension's top values, refined across shards, each over the documents of every selection but its own;
     * and how many documents matched ({@link SolrWorks#DOCUMENTS}).
     */
    static String facets() {
        Map<String, Object> facets = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            facets(facets, dimension, FACET_VALUES);
        }
        facets.put(SolrWorks.DOCUMENTS, SolrWorks.documentsFacet());
        return json(facets);
    }

    /** Every value of these dimensions (and of the hierarchies below them), refined across shards. */
    static String facets(List<Dimension> dimensions) {
        Map<String, Object> facets = new LinkedHashMap<>();
        dimensions.forEach(dimension -> facets(facets, dimension, ALL_VALUES));
        return json(facets);
    }

    private static void facets(Map<String, Object> facets, Dimension dimension, int limit) {
        facets.put(dimension.param(), facet(dimension.param(), dimension, limit));
        if (dimension.hierarchical()) {
            String pairs = SolrFields.childPairs(dimension);
            // Every pair: a parent's children are listed under each of its listed values.
            facets.put(pairs, facet(pairs, dimension, ALL_VALUES));
        }
    }

    private static String json(Map<String, Object> facets) {
        try {
            return Json.mapper().writeValueAsString(facets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always serialisable", e);
        }
    }

    private static Map<String, Object> facet(String field, Dimension excluded, int limit) {
        Map<String, Object> facet = new LinkedHashMap<>();
        facet.put("type", "terms");
        facet.put("field", field);
        facet.put("limit", limit);
        facet.put("mincount", 1);
        facet.put("refine", true);
        // Documents are counted, every edition of a work: the collapse to works is left out too.
        facet.put("domain", Map.of("excludeTags", List.of(excluded.param(), SolrWorks.TAG)));
        return facet;
    }

    /** The sort, always ending with the id (the embedded index's final tie-break; cursor marks need it). */
    static List<SolrQuery.SortClause> sort(Sort sort) {
        SolrQuery.SortClause id = SolrQuery.SortClause.asc(Schema.ID);
        return switch (sort) {
            case RELEVANCE -> List.of(SolrQuery.SortClause.desc(SCORE), id);
            case NEWEST -> List.of(SolrQuery.SortClause.desc(Schema.YEAR), SolrQuery.SortClause.desc(Schema.ADDED), id);
            case OLDEST -> List.of(SolrQuery.SortClause.asc(Schema.YEAR), SolrQuery.SortClause.asc(Schema.ADDED), id);
            case TITLE -> List.of(SolrQuery.SortClause.asc(Schema.TITLE_SORT), id);
        };
    }

    private static String bound(Integer year) {
        return year == null ? "*" : year.toString();
    }

    /** {@code title^2.0 title_en^2.0 ...}: each text field with its weight, the neutral form weighted down. */
    private String weighted(List<String> fields, float factor) {
        List<String> weighted = new ArrayList<>();
        for (String field : fields) {
            float weight = weight(field) * factor;
            weighted.add(field + "^" + weight * ranking.neutral());
            for (String language : Analysis.LANGUAGES) {
                weighted.add(Schema.languageField(field, language) + "^" + weight);
            }
        }
        return String.join(" ", weighted);
    }

    private float weight(String field) {
        return switch (field) {
            case Schema.TITLE -> ranking.title();
            case Schema.SUMMARY -> ranking.summary();
            default -> ranking.body();
        };
    }
}
