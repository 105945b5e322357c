package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query found through the thesaurus for words typed, its matches scored as rare as those words: a label of
 * several words (a phrase, whose score adds up its own words' rarity in its language's fields) or a vocabulary
 * value documents are tagged with (whose own score says nothing). Scored by its own statistics, a phrase of a
 * language with few documents counted more than the words typed, and a tag the same whatever the query.
 *
 * <p>The matches are the wrapped query's; only the scale of their scores changes: {@code weight} times the
 * typed words' rarity (their idf over every language, {@link FieldGroupQuery#rarity}), divided by the wrapped
 * query's own (the idf of its terms, as a phrase sums them), or by one when it scores a constant.
 */
final class AsRareAsTyped extends Query {

    private final Query query;
    private final List<FieldGroupQuery> typed;
    private final float weight;
    private final boolean constant;

    private AsRareAsTyped(Query query, List<FieldGroupQuery> typed, float weight, boolean constant) {
        this.query = query;
        this.typed = List.copyOf(typed);
        this.weight = weight;
        this.constant = constant;
    }

    /** A phrase (or any query summing its terms' idf) scored as rare as {@code typed}. */
    static Query phrase(Query phrase, List<FieldGroupQuery> typed) {
        return typed.isEmpty() ? phrase : new AsRareAsTyped(phrase, typed, 1f, false);
    }

    /**
     * Documents matching {@code constant} (a query scoring one, such as a tag's) scored {@code weight} times as
     * rare as {@code typed}.
     */
    static Query constant(Query constant, List<FieldGroupQuery> typed, float weight) {
        return new AsRareAsTyped(constant, typed, weight, true);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new AsRareAsTyped(rewritten, typed, weight, constant);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return query.createWeight(searcher, scoreMode, boost);
        }
        float rarity = 0;
        for (FieldGroupQuery word : typed) {
            rarity += word.rarity(searcher);
        }
        float own = constant ? 1f : ownRarity(searcher);
        float scale = own > 0 && rarity > 0 ? weight * rarity / own : constant ? weight : 1f;
        return query.createWeight(searcher, scoreMode, boost * scale);
    }

    /** The idf of the wrapped query's scored terms added up, as BM25 counts it in each term's field. */
    private float ownRarity(IndexSearcher searcher) throws IOException {
        List<Term> terms = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(List.of(found));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // A filter adds nothing to the score.
                return occur == BooleanClause.Occur.FILTER ? EMPTY_VISITOR : this;
            }
        });
        float rarity = 0;
        for (Term term : terms) {
            CollectionStatistics field = searcher.collectionStatistics(term.field());
            int docFreq = TermCachingSearcher.termStates(searcher, term).docFreq();
            if (field != null && docFreq > 0) {
                rarity += FieldGroupQuery.idf(docFreq, field.docCount());
            }
        }
        return rarity;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return (constant ? "Tagged(" : "AsRareAsTyped(") + query.toString(field) + (weight == 1f ? "" : "^" + weight)
                + ", as " + typed.size() + " typed)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((AsRareAsTyped) other).query)
                && typed.equals(((AsRareAsTyped) other).typed) && weight == ((AsRareAsTyped) other).weight
                && constant == ((AsRareAsTyped) other).constant;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, typed, weight, constant);
    }
}
