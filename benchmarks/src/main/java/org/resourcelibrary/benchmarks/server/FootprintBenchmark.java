package org.resourcelibrary.benchmarks.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.resourcelibrary.benchmarks.Machine;
import org.resourcelibrary.benchmarks.load.HttpTarget;
import org.resourcelibrary.benchmarks.load.Latencies;
import org.resourcelibrary.benchmarks.load.LoadGenerator;
import org.resourcelibrary.benchmarks.load.LoadResult;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The footprint of {@code library serve}, run after run: the time from starting the process to {@code /ready}
 * answering 200, its resident memory when ready, and after the query mix has run against it for a while.
 */
public final class FootprintBenchmark {

    /** Concurrency of the load between the two memory readings. */
    static final int CONCURRENCY = 8;

    private final PrintWriter out;

    public FootprintBenchmark(PrintWriter out) {
        this.out = out;
    }

    /** Runs {@code runs} times and prints each run and the medians; returns the median time to ready, in ms. */
    public double run(Path data, String heap, int runs, Duration load, Path logs) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        LoadGenerator generator = new LoadGenerator(new QueryMix(Vocabulary.standard())
                .queries(QueryMix.DEFAULT_SEED, QueryMix.DEFAULT_SIZE));
        double[] ready = new double[runs];
        double[] rssAfter = new double[runs];
        try (ServerProcess first = Servers.library(Servers.repository(), data, heap, logs.resolve("footprint-0.log"))) {
            // Not measured: a build's first serve records the launcher's class-data archive when it stops.
            out.printf(Locale.ROOT, "priming start (records the class-data archive if this build has none): "
                    + "ready %d ms after start%n", first.startUp().toMillis());
        }
        for (int run = 1; run <= runs; run++) {
            double loadAverage = Machine.loadAverage();
            try (ServerProcess server = Servers.library(Servers.repository(), data, heap,
                    logs.resolve("footprint-" + run + ".log"))) {
                Footprint idle = Footprint.of(server.pid());
                LoadResult result = generator.run(HttpTarget.library(server.base(), server.pid()), CONCURRENCY,
                        Duration.ZERO, load);
                server.requireRunning();
                Footprint loaded = Footprint.of(server.pid());
                ready[run - 1] = server.startUp().toMillis();
                rssAfter[run - 1] = loaded.rssBytes() / 1e6;
                out.printf(Locale.ROOT, "run %d (load %.2f, -Xmx%s): ready %d ms after start; when ready %s; after "
                                + "%d s of the mix at c=%d (%d queries, %d errors): %s%n", run, loadAverage, heap,
                        server.startUp().toMillis(), idle.line(), load.toSeconds(), CONCURRENCY, result.requests(),
                        result.errors(), loaded.line());
                out.flush();
            }
        }
        double medianReady = Latencies.median(ready);
        out.printf(Locale.ROOT, "median of %d runs: ready %.0f ms after start; RSS after the load %.0f MB (-Xmx%s)%n",
                runs, medianReady, Latencies.median(rssAfter), heap);
        out.flush();
        return medianReady;
    }
}
