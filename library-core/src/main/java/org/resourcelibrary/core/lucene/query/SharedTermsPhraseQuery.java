package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseMatcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseWeight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's {@link PhraseQuery} (the same matches, scores and match positions) with its terms looked up through
 * {@link TermCachingSearcher}: a question's proximity pairs and phrases are made of the words its first query
 * has already looked up. The weight follows {@code PhraseQuery.createWeight} of Lucene 9.12, which builds its
 * own term states and offers no way to be given them.
 */
final class SharedTermsPhraseQuery extends Query {

    private final PhraseQuery phrase;

    private SharedTermsPhraseQuery(PhraseQuery phrase) {
        this.phrase = phrase;
    }

    /** The query with a phrase's terms shared; any other query as it is. */
    static Query of(Query query) {
        return query instanceof PhraseQuery phrase ? new SharedTermsPhraseQuery(phrase) : query;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        // A phrase of one term, none, or starting past position 0 becomes another query first.
        Query rewritten = phrase.rewrite(searcher);
        return rewritten == phrase ? this : of(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        String field = phrase.getField();
        int slop = phrase.getSlop();
        return new PhraseWeight(this, field, searcher, scoreMode) {
            // Set by getStats, which the super constructor calls: no initializer, or it would be reset after.
            private TermStates[] states;

            @Override
            protected Similarity.SimScorer getStats(IndexSearcher searcher) throws IOException {
                if (positions.length < 2 || positions[0] != 0) {
                    throw new IllegalStateException("a phrase needs two terms from position 0: rewrite it first");
                }
                states = new TermStates[terms.length];
                TermStatistics[] termStats = new TermStatistics[terms.length];
                int termUpTo = 0;
                for (int i = 0; i < terms.length; i++) {
                    states[i] = TermCachingSearcher.termStates(searcher, terms[i]);
                    if (scoreMode.needsScores() && states[i].docFreq() > 0) {
                        termStats[termUpTo++] = searcher.termStatistics(terms[i], states[i].docFreq(),
                                states[i].totalTermFreq());
                    }
                }
                return termUpTo == 0 ? null : searcher.getSimilarity().scorer(boost,
                        searcher.collectionStatistics(field), ArrayUtil.copyOfSubArray(termStats, 0, termUpTo));
            }

            @Override
            protected PhraseMatcher getPhraseMatcher(LeafReaderContext context, Similarity.SimScorer scorer,
                                                     boolean exposeOffsets) throws IOException {
                TermsEnum termsEnum = TermCachingSearcher.termsEnum(searcher, context, field);
                if (termsEnum == null) {
                    return null;
                }
                PhraseQuery.PostingsAndFreq[] postingsFreqs = new PhraseQuery.PostingsAndFreq[terms.length];
                float totalMatchCost = 0;
                for (int i = 0; i < terms.length; i++) {
                    TermState state = states[i].get(context);
                    if (state == null) {
                        return null; // a term is not in this segment
                    }
                    termsEnum.seekExact(terms[i].bytes(), state);
                    int flags = exposeOffsets ? PostingsEnum.OFFSETS : PostingsEnum.POSITIONS;
                    PostingsEnum postings;
                    ImpactsEnum impacts;
                    if (scoreMode == ScoreMode.TOP_SCORES) {
                        postings = impacts = termsEnum.impacts(flags);
                    } else {
                        postings = termsEnum.postings(null, flags);
                        impacts = new SlowImpactsEnum(postings);
                    }
                    postingsFreqs[i] = new PhraseQuery.PostingsAndFreq(postings, impacts, positions[i], terms[i]);
                    totalMatchCost += PhraseQuery.termPositionsCost(termsEnum);
                }
                if (slop == 0) {
                    ArrayUtil.timSort(postingsFreqs); // rarest first
                    return new ExactPhraseMatcher(postingsFreqs, scoreMode, scorer, totalMatchCost);
                }
                return new SloppyPhraseMatcher(postingsFreqs, slop, scoreMode, scorer, totalMatchCost, exposeOffsets);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return phrase.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((SharedTermsPhraseQuery) other).phrase);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + phrase.hashCode();
    }
}
