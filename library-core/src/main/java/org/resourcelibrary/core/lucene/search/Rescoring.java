package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The second stage of relevance ranking: what a further query (word pairs' proximity, feedback words) adds
 * to the scores of the best first answers, which are then put in order by their new score, ties by id as in
 * the first stage. The sum is the score the first query and the further one together would give (a
 * required clause plus an optional one), computed for these answers only. Hits are {@link FieldDoc}s sorted
 * by {@code [score, id]}.
 */
final class Rescoring {

    /** Relevance order: higher score first, then id. */
    static final Comparator<FieldDoc> ORDER = Comparator.<FieldDoc>comparingDouble(hit -> -hit.score)
            .thenComparing(hit -> (BytesRef) hit.fields[1]);

    private Rescoring() {
    }

    /** Adds what {@code more} scores to each of {@code hits} (in place) and sorts them. */
    static void add(IndexSearcher searcher, Query more, List<FieldDoc> hits) throws IOException {
        List<FieldDoc> byDoc = new ArrayList<>(hits);
        byDoc.sort(Comparator.comparingInt(hit -> hit.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(more), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        Scorer scorer = null;
        TwoPhaseIterator twoPhase = null;
        DocIdSetIterator approximation = null;
        for (FieldDoc hit : byDoc) {
            int hitLeaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (hitLeaf != leaf) {
                leaf = hitLeaf;
                scorer = weight.scorer(leaves.get(leaf));
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = twoPhase != null ? twoPhase.approximation() : scorer == null ? null : scorer.iterator();
            }
            if (scorer == null) {
                continue; // nothing in this segment matches the further query: it adds nothing
            }
            int target = hit.doc - leaves.get(leaf).docBase;
            if (approximation.docID() < target) {
                // The approximation only: a phrase's positions are checked in these hits, not in every
                // document between them that has the words.
                approximation.advance(target);
            }
            if (approximation.docID() == target && (twoPhase == null || twoPhase.matches())) {
                hit.score += scorer.score();
                hit.fields[0] = hit.score;
            }
        }
        hits.sort(ORDER);
    }

    /** The first-stage score of each hit, from its sort values, as its score. */
    static List<FieldDoc> scored(ScoreDoc[] hits) {
        List<FieldDoc> scored = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            FieldDoc doc = (FieldDoc) hit;
            doc.score = (Float) doc.fields[0];
            scored.add(doc);
        }
        return scored;
    }
}
