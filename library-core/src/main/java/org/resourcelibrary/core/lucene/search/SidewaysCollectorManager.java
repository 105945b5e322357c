package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.resourcelibrary.core.schema.Schema;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.resourcelibrary.core.lucene.FacetOrdinals;
import org.resourcelibrary.core.search.Dimension;

/**
 * Runs a text query once and, for each document it matches, reads the document's facet ordinals once:
 * a document passing every selection is a hit (handed to the top-hits collector and counted in every
 * dimension); a document failing exactly one dimension's selection is counted in that dimension only, for
 * its drill-sideways counts; others are skipped.
 *
 * <p>This replaces one drill-down query plus one more query and full count per selected dimension (where a
 * large library's searches spent most of their CPU) and, unlike Lucene's {@code DrillSideways}, runs inside
 * the searcher, so the per-search time budget applies to the counting too.
 * */
final class SidewaysCollectorManager implements CollectorManager<SidewaysCollectorManager.Sideways,
        SidewaysCollectorManager.Result> {

    /**
     * The top hits (their total: the documents passing every selection), the counts (null when not asked for)
     * and how many works those documents are (each document without a work is one).
     */
    record Result(TopFieldDocs top, FacetTally tally, long works) {
    }

    private static final int DIMENSIONS = Dimension.values().length;

    private final TopFieldCollectorManager hits;
    private final FacetOrdinals ordinals;
    private final Selections selections;
    private final boolean count;

    /**
     * @param hits     collects the top hits
     * @param ordinals the snapshot's facet ordinals, or null when no document has facets
     * @param count    whether to count facets (false: only filter)
     */
    SidewaysCollectorManager(TopFieldCollectorManager hits, FacetOrdinals ordinals, Selections selections,
                             boolean count) {
        this.hits = hits;
        this.ordinals = ordinals;
        this.selections = selections;
        this.count = count && ordinals != null;
    }

    @Override
    public Sideways newCollector() throws IOException {
        return new Sideways(hits.newCollector());
    }

    @Override
    public Result reduce(Collection<Sideways> collectors) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>(collectors.size());
        collectors.forEach(collector -> tops.add(collector.top));
        TopFieldDocs top = hits.reduce(tops);
        long withWork = 0;
        Set<BytesRef> works = new HashSet<>();
        for (Sideways collector : collectors) {
            withWork += collector.withWork;
            works.addAll(collector.works);
        }
        long workCount = top.totalHits.value - withWork + works.size();
        if (!count) {
            return new Result(top, null, workCount);
        }
        int[] total = new int[ordinals.size()];
        int[][] failingOnly = new int[DIMENSIONS][];
        for (Sideways collector : collectors) {
            add(total, collector.counts);
            for (int d = 0; d < DIMENSIONS; d++) {
                if (collector.failingOnly[d] != null) {
                    failingOnly[d] = failingOnly[d] == null ? new int[total.length] : failingOnly[d];
                    add(failingOnly[d], collector.failingOnly[d]);
                }
            }
        }
        return new Result(top, new FacetTally(ordinals, total, failingOnly), workCount);
    }

    private static void add(int[] into, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            into[i] += counts[i];
        }
    }

    /** One searching thread's collector. */
    final class Sideways implements Collector {
        private final TopFieldCollector top;
        private final int[] counts;
        private final int[][] failingOnly = new int[DIMENSIONS][];
        /** The works of the hits that have one, and how many hits have one. */
        private final Set<BytesRef> works = new HashSet<>();
        private long withWork;

        Sideways(TopFieldCollector top) {
            this.top = top;
            this.counts = count ? new int[ordinals.size()] : null;
            for (Dimension dimension : Dimension.values()) {
                if (count && selections.has(dimension)) {
                    failingOnly[dimension.ordinal()] = new int[ordinals.size()];
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            // Every match is visited (for counts and exact totals); scores only when the sort needs them.
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector hit = top.getLeafCollector(context);
            FacetOrdinals.LeafValues values = ordinals == null || (counts == null && !selections.any()) ? null
                    : ordinals.values(context);
            Selections.Segment selected = selections.segment(context, values);
            // Most libraries have no works: their segments have no work field and cost nothing here.
            SortedDocValues work = context.reader().getFieldInfos().fieldInfo(Schema.WORK) == null ? null
                    : DocValues.getSorted(context.reader(), Schema.WORK);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    hit.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int failed = selected.failed(doc);
                    if (failed == 0) {
                        hit.collect(doc);
                        if (work != null && work.advanceExact(doc)) {
                            withWork++;
                            works.add(BytesRef.deepCopyOf(work.lookupOrd(work.ordValue())));
                        }
                        for (int i = 0; counts != null && i < values.count(); i++) {
                            counts[values.ord(i)]++;
                        }
                    } else if (counts != null && Selections.atMostOne(failed)) {
                        int dimension = Integer.numberOfTrailingZeros(failed);
                        int[] sideways = failingOnly[dimension];
                        for (int i = 0; i < values.count(); i++) {
                            if (ordinals.dimension(values.ord(i)) == dimension) {
                                sideways[values.ord(i)]++;
                            }
                        }
                    }
                }
            };
        }
    }
}
