package org.resourcelibrary.core.lucene.query;

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
 * segment, where {@code CombinedFieldQuery} decodes and adds up every field's norm for every match, a cost
 * that grows with every document a long question matches.
 *
 * <p>A group may span the fields of several languages ({@link #acrossLanguages}), each with the word as its
 * own analysis makes it. A document has the fields of its own language only, so the languages' documents
 * are disjoint: the group's statistics add up each language's (a word's document frequency is the sum of
 * its frequencies in each language, out of all the documents), so a document's score no longer depends on
 * how many documents share its language. Scored field by field, the language with the fewest documents made
 * every word rare, and its passing mentions outranked the other languages' titles.
 */
final class FieldGroupQuery extends Query {

    /** A field of the group: the term sought in it, its weight, and the language its documents are in. */
    private record FieldTerm(BytesRef term, float weight, String language) {
    }

    /** The group's fields, by field name (the order the sums are taken in, as Lucene's query does). */
    private final Map<String, FieldTerm> fieldTerms;
    /**
     * The groups whose statistics score this one's matches (their rarity added up, as for the words of a
     * phrase), or empty for its own: a translation of words is as rare as the words typed, not as its own words.
     */
    private final List<FieldGroupQuery> statistics;

    /**
     * One term in fields of one language (or the language-neutral ones).
     *
     * @param weights the fields and their weights
     */
    FieldGroupQuery(Map<String, Float> weights, BytesRef term) {
        this(fieldTerms(Map.of("", weights), Map.of("", term)));
    }

    private FieldGroupQuery(Map<String, FieldTerm> fieldTerms) {
        this(fieldTerms, List.of());
    }

    private FieldGroupQuery(Map<String, FieldTerm> fieldTerms, List<FieldGroupQuery> statistics) {
        for (FieldTerm field : fieldTerms.values()) {
            if (!(field.weight >= 1f)) {
                throw new IllegalArgumentException("field weights must be at least 1, was " + field.weight);
            }
        }
        this.fieldTerms = new TreeMap<>(fieldTerms);
        this.statistics = List.copyOf(statistics);
    }

    /**
     * This group's matches scored with the statistics of {@code typed} (each a word as typed, across the
     * languages): the labels of a concept in other languages found through the thesaurus, so that a label rare
     * in its language (one with few documents) counts as much as the words typed, and no more.
     */
    FieldGroupQuery scoredAs(List<FieldGroupQuery> typed) {
        return new FieldGroupQuery(fieldTerms, typed);
    }

    /**
     * The word in several languages' fields, scored as one field with statistics blended across them.
     *
     * @param weights language → its fields and their weights
     * @param terms   language → the word as that language's analysis makes it
     */
    static FieldGroupQuery acrossLanguages(Map<String, Map<String, Float>> weights, Map<String, BytesRef> terms) {
        return new FieldGroupQuery(fieldTerms(weights, terms));
    }

    private static Map<String, FieldTerm> fieldTerms(Map<String, Map<String, Float>> weights,
                                                     Map<String, BytesRef> terms) {
        Map<String, FieldTerm> fieldTerms = new TreeMap<>();
        weights.forEach((language, fields) -> fields.forEach((field, weight) -> fieldTerms.put(field,
                new FieldTerm(BytesRef.deepCopyOf(terms.get(language)), weight, language))));
        return fieldTerms;
    }

    /**
     * How rare the word is over the group's blended statistics: its idf as BM25 counts it, the most one match
     * of it can score (per unit of boost); 0 when no field has it.
     */
    float rarity(IndexSearcher searcher) throws IOException {
        TermStatistics stats = GroupWeight.termStatistics(searcher, fieldTerms);
        return stats == null ? 0f
                : idf(stats.docFreq(), new GroupWeight(searcher, 1f).collectionStatistics(searcher).docCount());
    }

    /** BM25's idf of a term in {@code docFreq} of {@code docCount} documents (as Lucene's BM25Similarity). */
    static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return fieldTerms.isEmpty() ? new MatchNoDocsQuery("no fields") : this;
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
        fieldTerms.forEach((field, fieldTerm) -> any.add(new TermQuery(new Term(field, fieldTerm.term)),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        Term[] accepted = fieldTerms.entrySet().stream().filter(e -> visitor.acceptField(e.getKey()))
                .map(e -> new Term(e.getKey(), e.getValue().term)).toArray(Term[]::new);
        if (accepted.length > 0) {
            visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this).consumeTerms(this, accepted);
        }
    }

    @Override
    public String toString(String field) {
        StringJoiner fields = new StringJoiner(" ", "FieldGroup(", ")");
        fieldTerms.forEach((name, fieldTerm) -> fields.add(name + ":" + fieldTerm.term.utf8ToString()
                + (fieldTerm.weight == 1f ? "" : "^" + fieldTerm.weight)));
        return fields + (statistics.isEmpty() ? "" : " scored as " + statistics);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && fieldTerms.equals(((FieldGroupQuery) other).fieldTerms)
                && statistics.equals(((FieldGroupQuery) other).statistics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), fieldTerms, statistics);
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
            fields = fieldTerms.keySet().toArray(new String[0]);
            fieldWeights = new float[fields.length];
            states = new TermStates[fields.length];
            for (int i = 0; i < fields.length; i++) {
                fieldWeights[i] = fieldTerms.get(fields[i]).weight;
                states[i] = TermCachingSearcher.termStates(searcher, new Term(fields[i], fieldTerms.get(fields[i]).term));
            }
            TermStatistics own = termStatistics(searcher, fieldTerms);
            List<TermStatistics> scoring = new ArrayList<>();
            for (FieldGroupQuery typed : statistics) {
                TermStatistics stats = termStatistics(searcher, typed.fieldTerms);
                if (stats != null) {
                    scoring.add(stats);
                }
            }
            if (own != null && scoring.isEmpty()) {
                // Scored by its own statistics when the words typed are in no text (a name of the vocabulary).
                scoring.add(own);
            }
            simScorer = own == null || scoring.isEmpty() ? null : searcher.getSimilarity().scorer(boost,
                    collectionStatistics(searcher), scoring.toArray(new TermStatistics[0]));
        }

        /**
         * A group's term statistics as if it were one field, or null when no field has the term: within a
         * language, the most documents any field has the term in (as Lucene's query does); across languages,
         * whose documents are disjoint, their sum.
         */
        private static TermStatistics termStatistics(IndexSearcher searcher, Map<String, FieldTerm> group)
                throws IOException {
            Map<String, Long> docFreqs = new TreeMap<>();
            long totalTermFreq = 0;
            for (Map.Entry<String, FieldTerm> field : group.entrySet()) {
                Term term = new Term(field.getKey(), field.getValue().term);
                TermStates state = TermCachingSearcher.termStates(searcher, term);
                if (state.docFreq() > 0) {
                    TermStatistics stats = searcher.termStatistics(term, state.docFreq(), state.totalTermFreq());
                    docFreqs.merge(field.getValue().language, stats.docFreq(), Math::max);
                    // Truncated at each step, as Lucene's CombinedFieldQuery does (its scores, exactly).
                    totalTermFreq += (double) field.getValue().weight * stats.totalTermFreq();
                }
            }
            long docFreq = docFreqs.values().stream().mapToLong(Long::longValue).sum();
            return docFreq == 0 ? null
                    : new TermStatistics(new BytesRef("pseudo_term"), docFreq, Math.max(1, totalTermFreq));
        }

        /** The group's statistics as if it were one field (each language's added up, as for the term's). */
        private CollectionStatistics collectionStatistics(IndexSearcher searcher) throws IOException {
            long maxDoc = 0;
            Map<String, Long> docCounts = new TreeMap<>();
            Map<String, Long> sumDocFreqs = new TreeMap<>();
            long sumTotalTermFreq = 0;
            for (int i = 0; i < fields.length; i++) {
                CollectionStatistics stats = searcher.collectionStatistics(fields[i]);
                if (stats != null) {
                    String language = fieldTerms.get(fields[i]).language;
                    maxDoc = Math.max(stats.maxDoc(), maxDoc);
                    docCounts.merge(language, stats.docCount(), Math::max);
                    sumDocFreqs.merge(language, stats.sumDocFreq(), Math::max);
                    sumTotalTermFreq += (double) fieldWeights[i] * stats.sumTotalTermFreq();
                }
            }
            long docCount = docCounts.values().stream().mapToLong(Long::longValue).sum();
            long sumDocFreq = sumDocFreqs.values().stream().mapToLong(Long::longValue).sum();
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
                    terms.seekExact(fieldTerms.get(fields[i]).term, state);
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
