package org.resourcelibrary.core.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisiPriorityQueue;
import org.apache.lucene.search.DisiWrapper;
import org.apache.lucene.search.DisjunctionDISIApproximation;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * One term in a group of fields (a language's title, summary and text) scored as one combined field: BM25F,
 * the scores of Lucene's {@code CombinedFieldQuery} exactly (the same statistics, weighted frequencies and
 * weighted lengths). A document's weighted length is read from {@link GroupLengths}, computed once per
 * segment, where {@code CombinedFieldQuery} decodes and adds up every field's norm for every match: that
 * was a fifth of the time of a long question matching most of the library.
 */
final class FieldGroupQuery extends Query {

    /** Fields and their weights, by field name (the order the sums are taken in, as Lucene's query does). */
    private final Map<String, Float> weights;
    private final BytesRef term;

    /** @param weights the fields and their weights */
    FieldGroupQuery(Map<String, Float> weights, BytesRef term) {
        for (float weight : weights.values()) {
            if (!(weight >= 1f)) {
                throw new IllegalArgumentException("field weights must be at least 1, was " + weight);
            }
        }
        this.weights = new TreeMap<>(weights);
        this.term = BytesRef.deepCopyOf(term);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return weights.isEmpty() ? new MatchNoDocsQuery("no fields") : this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return searcher.rewrite(anyField()).createWeight(searcher, scoreMode, boost);
        }
        return new GroupWeight(searcher, boost);
    }

    /** The term in any of the fields, unscored: what matches. */
    private Query anyField() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : weights.keySet()) {
            any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        Term[] accepted = weights.keySet().stream().filter(visitor::acceptField).map(f -> new Term(f, term))
                .toArray(Term[]::new);
        if (accepted.length > 0) {
            visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this).consumeTerms(this, accepted);
        }
    }

    @Override
    public String toString(String field) {
        StringJoiner fields = new StringJoiner(" ", "FieldGroup(", ")");
        weights.forEach((name, weight) -> fields.add(weight == 1f ? name : name + "^" + weight));
        return fields + "(" + term.utf8ToString() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && weights.equals(((FieldGroupQuery) other).weights)
                && term.equals(((FieldGroupQuery) other).term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), weights, term);
    }

    private final class GroupWeight extends Weight {
        private final IndexSearcher searcher;
        private final String[] fields;
        private final float[] fieldWeights;
        private final TermStates[] states;
        /** Null when no field has the term. */
        private final Similarity.SimScorer simScorer;

        GroupWeight(IndexSearcher searcher, float boost) throws IOException {
            super(FieldGroupQuery.this);
            this.searcher = searcher;
            fields = weights.keySet().toArray(new String[0]);
            fieldWeights = new float[fields.length];
            states = new TermStates[fields.length];
            long docFreq = 0;
            long totalTermFreq = 0;
            for (int i = 0; i < fields.length; i++) {
                fieldWeights[i] = weights.get(fields[i]);
                Term fieldTerm = new Term(fields[i], term);
                states[i] = TermCachingSearcher.termStates(searcher, fieldTerm);
                if (states[i].docFreq() > 0) {
                    TermStatistics stats = searcher.termStatistics(fieldTerm, states[i].docFreq(),
                            states[i].totalTermFreq());
                    docFreq = Math.max(stats.docFreq(), docFreq);
                    // Truncated at each step, as Lucene's CombinedFieldQuery does (its scores, exactly).
                    totalTermFreq += (double) fieldWeights[i] * stats.totalTermFreq();
                }
            }
            simScorer = docFreq == 0 ? null : searcher.getSimilarity().scorer(boost, collectionStatistics(searcher),
                    new TermStatistics(new BytesRef("pseudo_term"), docFreq, Math.max(1, totalTermFreq)));
        }

        /** The group's statistics as if it were one field. */
        private CollectionStatistics collectionStatistics(IndexSearcher searcher) throws IOException {
            long maxDoc = 0;
            long docCount = 0;
            long sumTotalTermFreq = 0;
            long sumDocFreq = 0;
            for (int i = 0; i < fields.length; i++) {
                CollectionStatistics stats = searcher.collectionStatistics(fields[i]);
                if (stats != null) {
                    maxDoc = Math.max(stats.maxDoc(), maxDoc);
                    docCount = Math.max(stats.docCount(), docCount);
                    sumDocFreq = Math.max(stats.sumDocFreq(), sumDocFreq);
                    sumTotalTermFreq += (double) fieldWeights[i] * stats.sumTotalTermFreq();
                }
            }
            return new CollectionStatistics("pseudo_field", maxDoc, docCount, sumTotalTermFreq, sumDocFreq);
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            if (simScorer == null) {
                return null;
            }
            List<FieldPostings> postings = new ArrayList<>(fields.length);
            // Never asked to score: a term scorer is how Lucene's heap takes a postings iterator.
            LeafSimScorer unscored = new LeafSimScorer(simScorer, context.reader(), fields[0], false);
            for (int i = 0; i < fields.length; i++) {
                TermState state = states[i].get(context);
                if (state != null) {
                    TermsEnum terms = TermCachingSearcher.termsEnum(searcher, context, fields[i]);
                    terms.seekExact(term, state);
                    PostingsEnum docs = terms.postings(null, PostingsEnum.FREQS);
                    postings.add(new FieldPostings(new TermScorer(this, docs, unscored), docs, fieldWeights[i]));
                }
            }
            if (postings.isEmpty()) {
                return null;
            }
            DisiPriorityQueue queue = new DisiPriorityQueue(postings.size());
            postings.forEach(queue::add);
            return new GroupScorer(this, queue, GroupLengths.of(context.reader(), fields, fieldWeights), simScorer);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Scorer scorer = scorer(context);
            if (scorer == null || scorer.iterator().advance(doc) != doc) {
                return Explanation.noMatch("no matching term");
            }
            GroupScorer group = (GroupScorer) scorer;
            float freq = group.freq();
            Explanation score = simScorer.explain(Explanation.match(freq, "weighted termFreq=" + freq),
                    group.norm(doc));
            return Explanation.match(score.getValue(), "weight(" + getQuery() + " in " + doc + "), result of:",
                    score);
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return searcher.rewrite(anyField()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f)
                    .matches(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return false;
        }
    }

    /** One field's postings of the term in the group's heap, with the field's weight. */
    private static final class FieldPostings extends DisiWrapper {
        final PostingsEnum docs;
        final float weight;

        FieldPostings(Scorer scorer, PostingsEnum docs, float weight) {
            super(scorer);
            this.docs = docs;
            this.weight = weight;
        }
    }

    private static final class GroupScorer extends Scorer {
        private final DisiPriorityQueue queue;
        private final DocIdSetIterator iterator;
        private final byte[] lengths;
        private final Similarity.SimScorer simScorer;

        GroupScorer(Weight weight, DisiPriorityQueue queue, byte[] lengths, Similarity.SimScorer simScorer) {
            super(weight);
            this.queue = queue;
            this.iterator = new DisjunctionDISIApproximation(queue);
            this.lengths = lengths;
            this.simScorer = simScorer;
        }

        /** The term's frequency in the current document, each field's weighted. */
        float freq() throws IOException {
            float freq = 0;
            for (DisiWrapper w = queue.topList(); w != null; w = w.next) {
                FieldPostings field = (FieldPostings) w;
                freq += field.weight * field.docs.freq();
            }
            return freq;
        }

        long norm(int doc) {
            return lengths == null ? 1L : lengths[doc];
        }

        @Override
        public float score() throws IOException {
            return simScorer.score(freq(), norm(iterator.docID()));
        }

        @Override
        public int docID() {
            return iterator.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.POSITIVE_INFINITY;
        }
    }
}
