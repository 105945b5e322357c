package org.resourcelibrary.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.resourcelibrary.core.search.Expansion;
import org.resourcelibrary.core.search.Match;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.query.QueryWords;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.thesaurus.QueryExpansion;
import org.resourcelibrary.core.thesaurus.Thesaurus;

/**
 * The thesaurus's part of a search on SolrCloud, planned by the same {@link QueryExpansion} as in the embedded
 * index: the words as typed match together with the query's variants (the words that name a concept replaced by
 * the concept's other labels, each in its own language's fields), which add {@link QueryExpansion#WEIGHT} of their
 * score, and with the documents tagged with what the words name. As in the embedded index, the first attempt
 * (every word, or any of a longer question) takes the variants with every one of their words, the last attempt
 * (any word) takes the labels alone, and the attempts between take the words as typed only.
 */
final class SolrVariants {

    /** Prefix of the request parameters the words as typed and the variants are passed in. */
    private static final String PARAM = "tv";

    private final QueryExpansion crossing;
    private final List<String> steps;
    private final boolean wordsOptional;

    private SolrVariants(QueryExpansion crossing, List<String> steps, boolean wordsOptional) {
        this.crossing = crossing;
        this.steps = steps;
        this.wordsOptional = wordsOptional;
    }

    /**
     * @param query the query's words and filters, stop-word-only text already left out
     * @param steps the {@code mm} of each attempt ({@link SolrRequests#mustMatch})
     */
    static SolrVariants of(SearchRequest request, UserQuery query, Thesaurus thesaurus, List<String> steps) {
        QueryExpansion crossing = query.hasText() ? QueryExpansion.of(query, thesaurus, request.expand())
                : QueryExpansion.none(query);
        // A question of more words than must all match needs no other word repeated in a variant, and one of its
        // words naming a vocabulary value does not ask for every document tagged so (as the embedded planner).
        boolean wordsOptional = QueryWords.content(query) > QueryWords.ALL_WORDS_UP_TO && request.match() != Match.ALL;
        return new SolrVariants(crossing, steps, wordsOptional);
    }

    /**
     * The query without the words that name a concept and that the library's text lacks: the words whose close
     * spellings are searched too ({@link QueryExpansion#unnamedWords}).
     */
    UserQuery unnamedWords(java.util.function.Predicate<String> inText) {
        return crossing.unnamedWords(inText);
    }

    /** What the thesaurus added, for the response ("Also searched"): empty with {@code expand=false}. */
    List<Expansion> expansions() {
        return crossing.expansions();
    }

    /**
     * Sets the query of {@code solr}: the words as typed ({@code text}, edismax over the request's fields and
     * weights with {@code mustMatch}), alone or together with the variants of that attempt.
     */
    void query(SolrQuery solr, String text, String mustMatch, SolrTypos typos) {
        List<UserQuery> tagged = List.of();
        List<UserQuery> variants = List.of();
        if (mustMatch.equals(steps.get(0))) {
            tagged = wordsOptional ? List.of() : crossing.tagged();
            variants = crossing.variants(wordsOptional);
        } else if (mustMatch.equals(steps.get(steps.size() - 1))) {
            // The last attempt takes any word, and so any of the thesaurus's labels too.
            variants = crossing.variants(true);
        }
        if (tagged.isEmpty() && variants.isEmpty()) {
            solr.set("defType", "edismax");
            solr.setQuery(text);
            return;
        }
        // Solr reads local parameters at the start of q with its standard parser only (not with edismax).
        solr.set("defType", "lucene");
        List<String> should = new ArrayList<>();
        solr.set(PARAM + "q", text);
        solr.set(PARAM + "w", "{!edismax v=$" + PARAM + "q}");
        should.add("should=$" + PARAM + "w");
        for (int i = 0; i < tagged.size(); i++) {
            should.add("should=$" + variant(solr, "t" + i, tagged.get(i), typos));
        }
        for (int i = 0; i < variants.size(); i++) {
            String name = variant(solr, "v" + i, variants.get(i), typos);
            solr.set(PARAM + "b" + i, String.format(Locale.ROOT, "{!boost b=%s v=$%s}", QueryExpansion.WEIGHT,
                    name));
            should.add("should=$" + PARAM + "b" + i);
        }
        solr.setQuery("{!bool " + String.join(" ", should) + "}");
    }

    /**
     * Passes one variant in the request (edismax over the same fields, its labels naming their languages' fields,
     * every one of its words required: the first attempt's variants need them all, and the last attempt's are
     * the labels with only the words joined by AND or excluded), and returns the name of the parameter it is in.
     */
    private static String variant(SolrQuery solr, String name, UserQuery variant, SolrTypos typos) {
        solr.set(PARAM + name + "q", SolrQueryText.allRequired(SolrRequests.withoutStopWords(variant), typos));
        solr.set(PARAM + name, "{!edismax uf=* v=$" + PARAM + name + "q}");
        return PARAM + name;
    }
}
