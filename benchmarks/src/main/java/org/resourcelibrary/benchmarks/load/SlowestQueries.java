package org.resourcelibrary.benchmarks.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Which queries of the mix make the tail: every query answered in-process, one at a time, {@code rounds} times
 * after one round of warm-up; each query's fastest time (what the query costs, without the machine's pauses),
 * their percentiles, and the slowest queries with their totals.
 */
public final class SlowestQueries {

    /** One query's fastest time and its total. */
    public record Timed(QuerySpec query, long nanos, long total) {
    }

    private final Vocabulary vocabulary;
    private final PrintWriter out;

    public SlowestQueries(Vocabulary vocabulary, PrintWriter out) {
        this.vocabulary = vocabulary;
        this.out = out;
    }

    /** Measures, prints the percentiles and the {@code shown} slowest, and returns every query, slowest first. */
    public List<Timed> run(Path data, int mixSize, long mixSeed, int rounds, int shown) throws IOException {
        List<QuerySpec> mix = new QueryMix(vocabulary).queries(mixSeed, mixSize);
        long[] fastest = new long[mix.size()];
        long[] totals = new long[mix.size()];
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(new DataDirectory(data).index(), vocabulary)) {
            for (int round = 0; round <= rounds; round++) {
                for (int i = 0; i < mix.size(); i++) {
                    long started = System.nanoTime();
                    totals[i] = library.search(mix.get(i).toRequest()).total();
                    long took = System.nanoTime() - started;
                    // Round 0 is the warm-up.
                    fastest[i] = round == 1 ? took : round > 1 ? Math.min(fastest[i], took) : 0;
                }
            }
        }
        List<Timed> timed = new ArrayList<>(mix.size());
        for (int i = 0; i < mix.size(); i++) {
            timed.add(new Timed(mix.get(i), fastest[i], totals[i]));
        }
        timed.sort(Comparator.comparingLong(Timed::nanos).reversed());
        out.printf(Locale.ROOT, "%d queries, fastest of %d rounds each: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n", mix.size(), rounds, Latencies.percentileMs(fastest, 50),
                Latencies.percentileMs(fastest, 90), Latencies.percentileMs(fastest, 99),
                Latencies.percentileMs(fastest, 100));
        for (Timed t : timed.subList(0, Math.min(shown, timed.size()))) {
            out.printf(Locale.ROOT, "%8.1f ms  %,9d hits  %s%n", t.nanos() / 1e6, t.total(), t.query().describe());
        }
        out.flush();
        return timed;
    }
}
