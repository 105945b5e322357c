package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.schema.Schema;

/**
 * The documents holding every pair of consecutive words of a phrase, in a text field's pairs field: beside the
 * phrase (as a filter), its word positions are then read only in documents that have the phrase's pairs, not
 * in every document that has its words somewhere (most of the library, for a phrase of two common words). In a
 * segment where some documents with the text have no pairs (an index from before pairs fields), every
 * document is a candidate and the phrase alone decides: never a wrong answer, only a slower one.
 */
final class PairsFilter extends Query {

    private final String textField;
    private final List<String> pairs;

    /** @param pairs the phrase's pairs ({@code Analysis.phrasePairs}), at least one */
    PairsFilter(String textField, List<String> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a phrase of fewer than two words has no pairs");
        }
        this.textField = textField;
        this.pairs = List.copyOf(pairs);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        String pairsField = Schema.pairsField(textField);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                LeafReader segment = context.reader();
                Terms words = segment.terms(textField);
                if (words == null) {
                    return null;
                }
                Terms terms = segment.terms(pairsField);
                if (terms == null || terms.getDocCount() < words.getDocCount()) {
                    // Some documents with the text have no pairs (indexed before pairs fields existed, or a
                    // one-word text): here every document is a candidate and the phrase alone decides.
                    return new ConstantScoreScorer(this, score(), scoreMode, DocIdSetIterator.all(segment.maxDoc()));
                }
                TermsEnum pairTerms = terms.iterator();
                List<DocIdSetIterator> postings = new ArrayList<>(pairs.size());
                for (String pair : pairs) {
                    if (!pairTerms.seekExact(new BytesRef(pair))) {
                        return null;
                    }
                    postings.add(pairTerms.postings(null, PostingsEnum.NONE));
                }
                DocIdSetIterator all = postings.size() == 1 ? postings.get(0)
                        : ConjunctionUtils.intersectIterators(postings);
                return new ConstantScoreScorer(this, score(), scoreMode, all);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "PairsFilter(" + Schema.pairsField(textField) + ":" + pairs + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && textField.equals(((PairsFilter) other).textField)
                && pairs.equals(((PairsFilter) other).pairs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), textField, pairs);
    }
}
