package org.resourcelibrary.core.lucene.query;

import org.resourcelibrary.core.search.query.Ranking;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Dimension;

/**
 * The member's language in ranking: the scores of documents in it are multiplied by the ranking's
 * {@link Ranking#memberLanguage} weight, a bounded preference, not a filter (other languages' documents still
 * match and a clearly better one still comes first). Applied alike to every part of a score (the words, their
 * proximity, feedback words), so that it weighs the same whatever the query.
 */
public final class LanguagePreference {

    private final float weight;

    public LanguagePreference(Ranking ranking) {
        this.weight = ranking.memberLanguage();
    }

    /** {@code query} preferring documents in {@code language}; {@code query} itself when it or the language is null. */
    public Query apply(Query query, String language) {
        if (query == null || language == null || weight == 1f) {
            return query;
        }
        return FunctionScoreQuery.boostByQuery(query,
                new TermQuery(new Term(Schema.keywordField(Dimension.LANGUAGE), language)), weight);
    }
}
