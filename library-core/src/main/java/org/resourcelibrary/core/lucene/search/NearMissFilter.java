package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.resourcelibrary.core.lucene.FacetOrdinals;

/**
 * Matches the documents a search counts at all: those failing at most one dimension's selection (hits, or
 * drill-sideways counts of that dimension). As a filter beside a phrase, it is checked (a few array
 * lookups) before the phrase's positions are, so a phrase of common words is not verified in every
 * document that two or more selections exclude anyway. Never cached: it belongs to one search.
 */
final class NearMissFilter extends Query {

    /** Relative cost of a check: reading one document's dozen ordinals. */
    private static final float MATCH_COST = 20;

    private final FacetOrdinals ordinals;
    private final Selections selections;

    NearMissFilter(FacetOrdinals ordinals, Selections selections) {
        this.ordinals = ordinals;
        this.selections = selections;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Selections.Segment selected = selections.segment(context, ordinals.values(context));
                DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
                TwoPhaseIterator nearMiss = new TwoPhaseIterator(all) {
                    @Override
                    public boolean matches() throws IOException {
                        return Selections.atMostOne(selected.failed(all.docID()));
                    }

                    @Override
                    public float matchCost() {
                        return MATCH_COST;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, nearMiss);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "NearMissFilter(" + Integer.toBinaryString(selections.required) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
