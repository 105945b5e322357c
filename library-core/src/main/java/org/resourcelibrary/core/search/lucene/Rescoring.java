package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The second stage of relevance ranking: the best first answers scored again with a fuller query (one that
 * matches the same documents), then put in order by the new score, ties by id as in the first stage.
 * Hits are {@link FieldDoc}s sorted by {@code [score, id]}.
 */
final class Rescoring {

    /** Relevance order: higher score first, then id. */
    static final Comparator<FieldDoc> ORDER = Comparator.<FieldDoc>comparingDouble(hit -> -hit.score)
            .thenComparing(hit -> (BytesRef) hit.fields[1]);

    private Rescoring() {
    }

    /** Scores {@code hits} with {@code query} (in place) and sorts them. */
    static void rescore(IndexSearcher searcher, Query query, List<FieldDoc> hits) throws IOException {
        List<FieldDoc> byDoc = new ArrayList<>(hits);
        byDoc.sort(Comparator.comparingInt(hit -> hit.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        LeafReaderContext context = null;
        Scorer scorer = null;
        for (FieldDoc hit : byDoc) {
            while (context == null || hit.doc >= context.docBase + context.reader().maxDoc()) {
                context = leaves.get(++leaf);
                scorer = weight.scorer(context);
            }
            int target = hit.doc - context.docBase;
            int at = scorer == null ? target - 1 : scorer.docID();
            if (scorer != null && at < target) {
                at = scorer.iterator().advance(target);
            }
            // Otherwise (the fuller query matches every hit) the first score stands.
            if (at == target) {
                hit.score = scorer.score();
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
