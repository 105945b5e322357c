package org.resourcelibrary.core.lucene.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query whose scores are multiplied by a weight for the documents in one language: what
 * {@code FunctionScoreQuery.boostByQuery(query, languageTerm, weight)} computes, float for float, but with
 * the query's own way of collecting kept. A boost-by-query score is only ever collected document by document
 * through a plain scorer, which costs a disjunction of many words (the usual first query) Lucene's windowed
 * collection of disjunctions; here the wrapped query collects as it would alone and only each collected
 * score is multiplied.
 */
final class PreferredLanguageQuery extends Query {

    private final Query in;
    private final Term language;
    private final float multiplier;

    PreferredLanguageQuery(Query in, Term language, float weight) {
        this.in = Objects.requireNonNull(in);
        this.language = Objects.requireNonNull(language);
        this.multiplier = weight;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return in.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        // Every score of the wrapped query is needed: skipping by its best scores would not know they change.
        return new PreferringWeight(in.createWeight(searcher, ScoreMode.COMPLETE, 1f), boost);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new PreferredLanguageQuery(rewritten, language, multiplier);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "preferring(" + in.toString(field) + ", " + language + "^" + multiplier + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((PreferredLanguageQuery) other).in)
                && language.equals(((PreferredLanguageQuery) other).language)
                && Float.compare(multiplier, ((PreferredLanguageQuery) other).multiplier) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, language, multiplier);
    }

    /** A score of the wrapped query as preferred: the same arithmetic as {@code FunctionScoreQuery}'s. */
    private static float preferred(float score, boolean inLanguage, float weight, float boost) {
        double factor = score * (inLanguage ? (double) weight : 1d);
        return (float) (factor * boost);
    }

    /** Which documents of one segment are in the language, asked in increasing document order. */
    private final class InLanguage {
        private final LeafReaderContext context;
        private PostingsEnum docs;

        InLanguage(LeafReaderContext context) throws IOException {
            this.context = context;
            this.docs = context.reader().postings(language, PostingsEnum.NONE);
        }

        boolean contains(int doc) throws IOException {
            if (docs == null) {
                return false;
            }
            if (docs.docID() > doc) {
                // Asked out of order (not done by Lucene's collection): start the segment's list again.
                docs = context.reader().postings(language, PostingsEnum.NONE);
            }
            return (docs.docID() == doc || docs.advance(doc) == doc) && doc != DocIdSetIterator.NO_MORE_DOCS;
        }
    }

    private final class PreferringWeight extends Weight {
        private final Weight inner;
        private final float boost;

        PreferringWeight(Weight inner, float boost) {
            super(PreferredLanguageQuery.this);
            this.inner = inner;
            this.boost = boost;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            Scorer scorer = inner.scorer(context);
            if (scorer == null) {
                return null;
            }
            InLanguage inLanguage = new InLanguage(context);
            return new FilterScorer(scorer, this) {
                @Override
                public float score() throws IOException {
                    return preferred(in.score(), inLanguage.contains(docID()), multiplier, boost);
                }

                @Override
                public float getMaxScore(int upTo) {
                    return Float.POSITIVE_INFINITY;
                }
            };
        }

        @Override
        public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
            BulkScorer bulk = inner.bulkScorer(context);
            if (bulk == null) {
                return null;
            }
            InLanguage inLanguage = new InLanguage(context);
            return new BulkScorer() {
                @Override
                public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                    return bulk.score(new PreferringCollector(collector, inLanguage), acceptDocs, min, max);
                }

                @Override
                public long cost() {
                    return bulk.cost();
                }
            };
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return inner.matches(context, doc);
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Explanation explanation = inner.explain(context, doc);
            if (!explanation.isMatch()) {
                return explanation;
            }
            boolean inLanguage = new InLanguage(context).contains(doc);
            return Explanation.match(preferred(explanation.getValue().floatValue(), inLanguage, multiplier, boost),
                    "the member's language preferred, product of:", explanation,
                    Explanation.match(inLanguage ? multiplier : 1f, inLanguage ? "in " + language.text()
                            : "not in " + language.text()));
        }

        @Override
        public int count(LeafReaderContext context) throws IOException {
            return inner.count(context);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return inner.isCacheable(context);
        }

        /** Hands the collector each collected document's preferred score. */
        private final class PreferringCollector extends FilterLeafCollector {
            private final InLanguage inLanguage;
            private int doc = -1;

            PreferringCollector(LeafCollector in, InLanguage inLanguage) {
                super(in);
                this.inLanguage = inLanguage;
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                in.setScorer(new Scorable() {
                    @Override
                    public float score() throws IOException {
                        return preferred(scorer.score(), inLanguage.contains(doc), multiplier, boost);
                    }

                    @Override
                    public int docID() {
                        return doc;
                    }
                });
            }

            @Override
            public void collect(int doc) throws IOException {
                this.doc = doc;
                in.collect(doc);
            }
        }
    }
}
