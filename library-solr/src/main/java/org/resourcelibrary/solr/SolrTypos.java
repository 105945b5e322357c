package org.resourcelibrary.solr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.resourcelibrary.core.search.query.Spellings;
import org.resourcelibrary.core.search.query.UserQuery.Word;

/**
 * A search's words with their close spellings ({@link Spellings}), as edismax is asked them: a word that has some
 * is the best of itself (over the request's fields and weights) and its spellings (in the language-neutral fields
 * at a close spelling's weight, {@link #TYPOS}), as the embedded index takes the best of a word's alternatives. It
 * is one clause of the query that edismax cannot take apart: a parenthesised group of alternatives would be
 * flattened into the query's words, and its {@code mm} would then require the spellings as words of their own.
 */
final class SolrTypos {

    /**
     * The edismax alias a close spelling of a word is searched in ({@code f.typos.qf}); a word typed in one field
     * ({@code title:word}) has its spellings in that field's alias ({@code typos_title}).
     */
    static final String TYPOS = "typos";
    /** Prefix of the request parameters each word with its spellings is passed in. */
    private static final String PARAM = "ty";
    /** The nested queries of a word: the word and its spellings, each any of its terms, without a boost of its own. */
    private static final String NESTED = "_query_:\"{!edismax mm=1 boost=1 v=$%s}\"";

    private final Spellings spellings;
    private final SolrQuery solr;
    /** The parameter each word typed in a field is passed in, by field and word. */
    private final Map<String, String> passed = new HashMap<>();

    private SolrTypos(Spellings spellings, SolrQuery solr) {
        this.spellings = spellings;
        this.solr = solr;
    }

    /** The words of {@code solr}'s query with their close spellings, passed in {@code solr}'s parameters. */
    static SolrTypos of(Spellings spellings, SolrQuery solr) {
        return new SolrTypos(spellings, solr);
    }

    /** Words as typed. */
    static SolrTypos none() {
        return new SolrTypos(Spellings.none(), null);
    }

    /** The alias of the typo fields a word typed in {@code field} (null: none) has its spellings in. */
    static String alias(String field) {
        return field == null ? TYPOS : TYPOS + "_" + field;
    }

    /**
     * The word ({@code typed}, as the query says it) alone, or with its close spellings as one nested clause.
     */
    String word(Word word, String typed) {
        List<String> close = word.prefix() || solr == null ? List.of() : spellings.closeSpellings(word.text());
        if (close.isEmpty()) {
            return typed;
        }
        String name = passed.computeIfAbsent(word.field() + ":" + word.text(), key -> {
            String param = PARAM + passed.size();
            solr.set(param + "w", typed);
            solr.set(param + "s", close.stream().map(s -> alias(word.field()) + ":" + ClientUtils.escapeQueryChars(s))
                    .collect(Collectors.joining(" ")));
            solr.set(param, String.format(NESTED, param + "w") + " " + String.format(NESTED, param + "s"));
            return param;
        });
        return "_query_:\"{!maxscore tie=$tie v=$" + name + "}\"";
    }
}
