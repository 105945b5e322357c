package org.resourcelibrary.benchmarks.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resourcelibrary.benchmarks.Machine;
import org.resourcelibrary.benchmarks.build.IndexBuild.SyntheticCorpusSpec;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.benchmarks.server.Footprint;
import org.resourcelibrary.benchmarks.server.ServerProcess;
import org.resourcelibrary.benchmarks.server.Servers;
import org.resourcelibrary.benchmarks.solr.ComparisonCoreDocuments;
import org.resourcelibrary.benchmarks.solr.SolrLoader;
import org.resourcelibrary.benchmarks.solr.SolrQueries;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;

/**
 * The query benchmark on a library built by {@link org.resourcelibrary.benchmarks.build.IndexBuild}: our searcher
 * in-process, {@code library serve} over HTTP, and (optionally) Solr over HTTP holding the same documents, each
 * server in its own JVM with the same heap. Before any load, every query of the mix is asked once of every target
 * (its warm-up) and the totals compared. Then, run after run, at each concurrency, each target in turn (every other run in reverse): so the ratios compare
 * measurements taken moments apart. Also reports the servers' start-up time and resident memory.
 */
public final class QueryBenchmark {

    /**
     * How it runs.
     *
     * @param inProcess whether to open the embedded library of {@code data} and search it in this process
     * @param cloud     the library's SolrCloud backend to search through its {@code Library} in this process, or null
     * @param cloudPid  the process of the SolrCloud nodes, whose CPU time is charged to its answers, or -1
     */
    public record Settings(Path data, boolean http, Path solrHome, boolean solr, String heap, List<Integer> concurrencies, int runs,
                           Duration warmUp, Duration measured, int mixSize, long mixSeed, Path logs,
                           boolean expand, boolean analytics, boolean inProcess, SolrConnection cloud, long cloudPid) {

        /** Without SolrCloud: the embedded library in-process, and the servers asked for. */
        public Settings(Path data, boolean http, Path solrHome, boolean solr, String heap, List<Integer> concurrencies,
                        int runs, Duration warmUp, Duration measured, int mixSize, long mixSeed, Path logs,
                        boolean expand, boolean analytics) {
            this(data, http, solrHome, solr, heap, concurrencies, runs, warmUp, measured, mixSize, mixSeed, logs, expand,
                    analytics, true, null, -1);
        }
    }

    /**
     * The totals check: of {@code compared} queries, {@code same} had the same total from both; {@code relaxed}
     * had none in Solr but some in ours, which answers with documents having any of the words when none has them
     * all; {@code differ} differed otherwise.
     */
    public record TotalsCheck(int compared, int same, int relaxed, int differ) {
    }

    /**
     * What a run found: the loads, the totals check against Solr (null without Solr), and how many queries our
     * server answered over HTTP, and our SolrCloud backend, with another total than in-process (0 without them).
     */
    public record Report(Comparison loads, TotalsCheck totals, int httpTotalsDiffering, int cloudTotalsDiffering) {
    }

    /** Totals that differ between the servers, listed in full up to this many. */
    static final int MISMATCHES_SHOWN = 10;
    /** The name of the library's SolrCloud backend as a target. */
    public static final String CLOUD = "library on SolrCloud";
    /** Solr load threads (the machine has two cores). */
    static final int SOLR_LOAD_THREADS = 2;

    private final Vocabulary vocabulary;
    private final PrintWriter out;

    public QueryBenchmark(Vocabulary vocabulary, PrintWriter out) {
        this.vocabulary = vocabulary;
        this.out = out;
    }

    /** Runs it all and returns what it found (also printed). */
    public Report run(Settings settings) throws IOException, InterruptedException {
        SyntheticCorpusSpec corpus = SyntheticCorpusSpec.read(settings.data());
        List<QuerySpec> mix = new QueryMix(vocabulary).queries(settings.mixSeed(), settings.mixSize()).stream()
                .map(query -> settings.expand() ? query.expanded() : query).toList();
        Files.createDirectories(settings.logs());
        out.printf(Locale.ROOT, "library %s: %,d synthetic documents; mix of %d queries (seed %d%s); heap %s%n",
                settings.data(), corpus.count(), mix.size(), settings.mixSeed(),
                settings.expand() ? ", thesaurus expansion on" : "", settings.heap());
        out.flush();
        Comparison comparison = new Comparison();
        TotalsCheck totals = null;
        int httpTotalsDiffering = 0;
        int cloudTotalsDiffering = 0;
        // Solr first: loading it takes minutes, and our server should neither start under that load nor idle
        // through it.
        try (ServerProcess solr = settings.solr() ? startSolr(settings, corpus) : null;
             ServerProcess library = settings.http() ? Servers.library(Servers.repository(), settings.data(),
                settings.heap(), settings.logs().resolve("library-serve.log")) : null;
             LuceneLibrary inProcess = settings.inProcess() ? LuceneLibrary.openReadOnly(
                     new DataDirectory(settings.data()).index(), vocabulary) : null;
             SolrLibrary cloud = settings.cloud() != null ? openCloud(settings, corpus) : null;
             RecordedSearches recorded = settings.analytics() ? RecordedSearches.open() : null) {
            List<Target> targets = new ArrayList<>();
            if (inProcess != null) {
                targets.add(new InProcessTarget(inProcess));
            }
            if (recorded != null) {
                targets.add(recorded.target(inProcess));
            }
            if (cloud != null) {
                targets.add(new InProcessTarget(CLOUD, cloud, settings.cloudPid()));
            }
            if (library != null) {
                out.printf(Locale.ROOT, "library serve: ready %d ms after start; %s (-Xmx%s)%n",
                        library.startUp().toMillis(), Footprint.of(library.pid()).line(), settings.heap());
                targets.add(HttpTarget.library(library.base(), library.pid()));
            }
            if (solr != null) {
                targets.add(SolrQueries.target(solr.base(), solr.pid()));
            }
            Map<String, long[]> answered = answerOnce(mix, targets);
            long[] ours = answered.get(InProcessTarget.NAME);
            if (cloud != null && ours != null) {
                cloudTotalsDiffering = differing(ours, answered.get(CLOUD));
                out.printf(Locale.ROOT, "library on SolrCloud: %d of %d queries with another total than in-process%n",
                        cloudTotalsDiffering, mix.size());
            }
            if (library != null && ours != null) {
                httpTotalsDiffering = differing(ours, answered.get(HttpTarget.LIBRARY));
                out.printf(Locale.ROOT, "library HTTP: %d of %d queries with another total than in-process%n",
                        httpTotalsDiffering, mix.size());
            }
            if (solr != null && ours != null) {
                totals = compareTotals(mix, ours, answered.get(SolrQueries.NAME));
            }
            LoadGenerator generator = new LoadGenerator(mix);
            for (int run = 1; run <= settings.runs(); run++) {
                for (int concurrency : settings.concurrencies()) {
                    for (Target target : inTurn(targets, run)) {
                        LoadResult result = generator.run(target, concurrency, settings.warmUp(), settings.measured());
                        requireRunning(library, solr);
                        comparison.add(result);
                        out.println("run " + run + ": " + result.line());
                        out.flush();
                    }
                }
            }
            if (recorded != null) {
                out.println(recorded.recorded());
            }
            if (library != null) {
                out.printf(Locale.ROOT, "library serve after the load: %s (-Xmx%s)%n",
                        Footprint.of(library.pid()).line(), settings.heap());
            }
            if (solr != null) {
                out.printf(Locale.ROOT, "Solr after the load: %s (-Xmx%s)%n", Footprint.of(solr.pid()).line(),
                        settings.heap());
            }
        }
        out.println();
        comparison.printTable(out);
        printRatios(comparison, settings);
        out.flush();
        return new Report(comparison, totals, httpTotalsDiffering, cloudTotalsDiffering);
    }

    /**
     * The targets in the order of {@code run}: every other run in reverse, so that no target always runs after
     * another (whose garbage, JIT work or file cache it would inherit).
     */
    static List<Target> inTurn(List<Target> targets, int run) {
        List<Target> order = new ArrayList<>(targets);
        if (run % 2 == 0) {
            Collections.reverse(order);
        }
        return order;
    }

    private static void requireRunning(ServerProcess... servers) throws IOException {
        for (ServerProcess server : servers) {
            if (server != null) {
                server.requireRunning();
            }
        }
    }

    private ServerProcess startSolr(Settings settings, SyntheticCorpusSpec corpus) throws IOException, InterruptedException {
        ServerProcess solr = Servers.solr(settings.solrHome(), settings.heap(), settings.logs().resolve("solr.log"));
        try {
            out.printf(Locale.ROOT, "Solr: ready %d ms after start; %s (-Xmx%s)%n", solr.startUp().toMillis(),
                    Footprint.of(solr.pid()).line(), settings.heap());
            SolrLoader loader = new SolrLoader(solr.base(), new ComparisonCoreDocuments(vocabulary));
            if (loader.count() != corpus.count()) {
                double load = Machine.loadAverage();
                long started = System.nanoTime();
                loader.load(corpus.corpus(vocabulary), corpus.count(), SOLR_LOAD_THREADS);
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "Solr loaded %,d documents in %.1f s (%.0f docs/s, generation included; "
                        + "load %.2f)%n", corpus.count(), seconds, corpus.count() / seconds, load);
            }
            out.flush();
            return solr;
        } catch (IOException | RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    /**
     * The library on the SolrCloud collection, which must hold the corpus: built by {@code build --zk} or imported
     * from the embedded library by {@code library solr import}.
     */
    private SolrLibrary openCloud(Settings settings, SyntheticCorpusSpec corpus) throws IOException {
        SolrLibrary cloud = settings.cloud().open(vocabulary, Ranking.DEFAULT);
        long count = cloud.count();
        if (count != corpus.count()) {
            cloud.close();
            throw new IOException("collection " + settings.cloud().collection() + " holds " + count + " documents, not "
                    + "the " + corpus.count() + " of " + settings.data() + ": build it with `benchmarks/run build --zk` "
                    + "or `library solr import --data`");
        }
        out.printf(Locale.ROOT, "SolrCloud at %s: collection %s, %,d documents%n", settings.cloud().address(),
                settings.cloud().collection(), count);
        return cloud;
    }

    /**
     * Every query of the mix once, one at a time, against each target: their totals, and every target's warm-up
     * pass (JIT, caches) alike, so that no target starts its measured loads colder than another.
     */
    private Map<String, long[]> answerOnce(List<QuerySpec> mix, List<Target> targets) {
        Map<String, long[]> answered = new LinkedHashMap<>();
        for (Target target : targets) {
            long started = System.nanoTime();
            answered.put(target.name(), mix.stream().mapToLong(query -> total(target, query)).toArray());
            out.printf(Locale.ROOT, "%s answered the mix once (warm-up, totals) in %.1f s%n", target.name(),
                    (System.nanoTime() - started) / 1e9);
            out.flush();
        }
        return answered;
    }

    private static int differing(long[] a, long[] b) {
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += a[i] == b[i] ? 0 : 1;
        }
        return differ;
    }

    /** Compares the totals of our searcher and of Solr, query by query, and reports where they differ. */
    private TotalsCheck compareTotals(List<QuerySpec> mix, long[] ours, long[] solr) {
        int relaxed = 0;
        int differ = 0;
        for (int i = 0; i < mix.size(); i++) {
            long a = ours[i];
            long b = solr[i];
            if (a != b && b == 0) {
                relaxed++;
            } else if (a != b && ++differ <= MISMATCHES_SHOWN) {
                out.printf(Locale.ROOT, "  totals differ: %s: ours %d, Solr %d%n", mix.get(i).describe(), a, b);
            }
        }
        TotalsCheck check = new TotalsCheck(mix.size(), mix.size() - relaxed - differ, relaxed, differ);
        out.printf(Locale.ROOT, "totals: %d of %d queries have the same total from both; %d have none in Solr but "
                + "some in ours (no document has all their words: ours then answers with those having any); %d "
                + "differ otherwise%n", check.same(), check.compared(), check.relaxed(), check.differ());
        out.flush();
        return check;
    }

    private static long total(Target target, QuerySpec query) {
        try {
            return target.answer(query);
        } catch (Exception e) {
            throw new IllegalStateException(target.name() + " failed on " + query.describe(), e);
        }
    }

    /** What analytics add to the p99, pair by pair and the median of the pairs: the figure issue 18 bounds. */
    static String analyticsCost(double[] p99Differences) {
        StringBuilder pairs = new StringBuilder();
        for (double difference : p99Differences) {
            pairs.append(pairs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.2f", difference));
        }
        return String.format(Locale.ROOT, "p99 with analytics minus without, per run: %s ms; median %+.2f ms", pairs,
                Latencies.median(p99Differences));
    }

    private void printRatios(Comparison comparison, Settings settings) {
        out.println();
        for (int concurrency : settings.concurrencies()) {
            List<String> ratios = new ArrayList<>();
            if (settings.inProcess() && settings.cloud() != null) {
                ratios.add(String.format(Locale.ROOT, "SolrCloud / in-process QPS %.2f",
                        comparison.medianQpsRatio(CLOUD, InProcessTarget.NAME, concurrency)));
            }
            if (settings.http() && settings.inProcess()) {
                ratios.add(String.format(Locale.ROOT, "HTTP / in-process QPS %.2f",
                        comparison.medianQpsRatio(HttpTarget.LIBRARY, InProcessTarget.NAME, concurrency)));
            }
            if (settings.http() && settings.solr()) {
                ratios.add(String.format(Locale.ROOT, "library HTTP / Solr HTTP QPS %.2f",
                        comparison.medianQpsRatio(HttpTarget.LIBRARY, SolrQueries.NAME, concurrency)));
            }
            if (settings.analytics()) {
                ratios.add(analyticsCost(comparison.p99Differences(RecordedSearches.NAME, InProcessTarget.NAME,
                        concurrency)));
            }
            if (!ratios.isEmpty()) {
                out.printf(Locale.ROOT, "c=%d: %s (medians of per-run figures)%n", concurrency, String.join("; ", ratios));
            }
        }
    }
}
