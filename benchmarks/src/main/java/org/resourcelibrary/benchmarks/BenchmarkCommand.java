package org.resourcelibrary.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resourcelibrary.benchmarks.answers.MixAnswers;
import org.resourcelibrary.benchmarks.build.CloudBuild;
import org.resourcelibrary.benchmarks.build.IndexBuild;
import org.resourcelibrary.benchmarks.build.IndexBuild.SyntheticCorpusSpec;
import org.resourcelibrary.benchmarks.ingest.IngestBenchmark;
import org.resourcelibrary.benchmarks.load.QueryBenchmark;
import org.resourcelibrary.benchmarks.load.SlowestQueries;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.benchmarks.server.FootprintBenchmark;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.imports.LibraryImport;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmarks/run <benchmark>}: the benchmarks of BENCHMARKS.md, one subcommand each. */
@Command(name = "benchmarks/run", mixinStandardHelpOptions = true,
        description = "Performance benchmarks (see BENCHMARKS.md).",
        subcommands = {BenchmarkCommand.Build.class, BenchmarkCommand.Query.class, BenchmarkCommand.Slowest.class,
            BenchmarkCommand.Footprint.class, IngestBenchmark.Command.class, BenchmarkCommand.Answers.class})
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }

    /** Index build from the synthetic generator. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a library of synthetic documents and report docs/s, bytes per document, peak memory.",
                "With --zk, build it into a SolrCloud collection through the library's SolrCloud backend instead; --data "
                        + "then only records the corpus, for `query --no-in-process --zk`."})
    static final class Build implements Callable<Integer> {
        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, description = "New data directory to build the library in.")
        private Path data;

        @Option(names = "--docs", defaultValue = "100000", description = "Documents (default: ${DEFAULT-VALUE}).")
        private long docs;

        @Option(names = "--threads", description = "Indexing threads (default: the number of cores).")
        private Integer threads;

        @Option(names = "--seed", defaultValue = "" + SyntheticCorpus.DEFAULT_SEED, description = "Corpus seed.")
        private long seed;

        @Option(names = "--median-words", defaultValue = "" + SyntheticCorpus.DEFAULT_MEDIAN_WORDS,
                description = "Median document length in words (default: ${DEFAULT-VALUE}).")
        private int medianWords;

        @Mixin
        private CloudOptions cloud;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            SyntheticCorpusSpec corpus = new SyntheticCorpusSpec(seed, docs, medianWords);
            Optional<SolrConnection> connection = cloud.connection();
            if (connection.isPresent()) {
                try (SolrLibrary library = connection.get().waitingAtLeast(LibraryImport.WAIT_AT_LEAST)
                        .open(Vocabulary.standard(), Ranking.DEFAULT)) {
                    out.println(new CloudBuild(Vocabulary.standard(), out).build(data, corpus, library, workers));
                }
            } else {
                out.println(new IndexBuild(Vocabulary.standard()).build(data, corpus, workers).line());
            }
            out.flush();
            return 0;
        }
    }

    /** The queries of the mix that make the tail. */
    @Command(name = "slowest", mixinStandardHelpOptions = true,
            description = "Answer each query of the mix in-process, one at a time; list the slowest.")
    static final class Slowest implements Callable<Integer> {
        @Mixin
        private BuiltLibrary library;

        @Option(names = "--rounds", defaultValue = "3",
                description = "Timed rounds after one of warm-up; a query's fastest counts (default: ${DEFAULT-VALUE}).")
        private int rounds;

        @Option(names = "--show", defaultValue = "20", description = "Slowest queries listed (default: ${DEFAULT-VALUE}).")
        private int shown;

        @Mixin
        private MixOptions mix;

        @Override
        public Integer call() throws Exception {
            new SlowestQueries(Vocabulary.standard(), library.out())
                    .run(library.data, mix.size, mix.seed, rounds, shown);
            return 0;
        }
    }

    /** The answers of the mix, written down to compare two builds. */
    @Command(name = "answers", mixinStandardHelpOptions = true,
            description = "Answer each query of the mix in-process and write its total, first hits and facet counts "
                    + "to a file, one line per query: two builds answer alike when their files are the same.")
    static final class Answers implements Callable<Integer> {
        @Mixin
        private BuiltLibrary library;

        @Option(names = "--out", required = true, description = "File to write the answers to (replaced).")
        private Path out;

        @Mixin
        private MixOptions mix;

        @Override
        public Integer call() throws Exception {
            int answered = new MixAnswers(Vocabulary.standard()).write(library.data, mix.size, mix.seed, out);
            library.out().printf("%d answers of the mix (seed %d) written to %s%n", answered, mix.seed, out);
            library.out().flush();
            return 0;
        }
    }

    /** Start-up time and resident memory of `library serve`. */
    @Command(name = "footprint", mixinStandardHelpOptions = true,
            description = "Start `library serve` several times: time to /ready, resident memory idle and under load.")
    static final class Footprint implements Callable<Integer> {
        @Mixin
        private BuiltLibrary library;

        @Option(names = "--heap", defaultValue = "256m", description = "-Xmx of the server (default: ${DEFAULT-VALUE}).")
        private String heap;

        @Option(names = "--runs", defaultValue = "5", description = "Runs (default: ${DEFAULT-VALUE}).")
        private int runs;

        @Option(names = "--duration", defaultValue = "20", description = "Seconds of load per run (default: ${DEFAULT-VALUE}).")
        private int duration;

        @Override
        public Integer call() throws Exception {
            Path data = library.data;
            new FootprintBenchmark(library.out()).run(data, heap, runs, Duration.ofSeconds(duration),
                    data.resolveSibling(data.getFileName() + "-logs"));
            return 0;
        }
    }

    /** Queries in-process, over HTTP, against Solr, and through the library's SolrCloud backend. */
    @Command(name = "query", mixinStandardHelpOptions = true,
            description = "Run the query mix in-process, against `library serve`, against plain Solr, and (with --zk) "
                    + "through the library's SolrCloud backend; compare.")
    static final class Query implements Callable<Integer> {
        @Mixin
        private BuiltLibrary library;

        @Option(names = "--http", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Run `library serve` and query it over HTTP (default: ${DEFAULT-VALUE}).")
        private boolean http;

        @Option(names = "--solr", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also run Solr holding the same documents (default: ${DEFAULT-VALUE}).")
        private boolean solr;

        @Option(names = "--solr-home", description = "Solr home (default: DATA-solr beside the library).")
        private Path solrHome;

        @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of each server (default: ${DEFAULT-VALUE}).")
        private String heap;

        @Option(names = "--concurrency", split = ",", defaultValue = "1,8,32",
                description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        private List<Integer> concurrencies;

        @Option(names = "--runs", defaultValue = "3", description = "Runs of everything (default: ${DEFAULT-VALUE}).")
        private int runs;

        @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds per load (default: ${DEFAULT-VALUE}).")
        private int warmUp;

        @Option(names = "--duration", defaultValue = "30", description = "Measured seconds per load (default: ${DEFAULT-VALUE}).")
        private int duration;

        @Option(names = "--expand", description = "Search the mix with the thesaurus's other-language labels added "
                + "(expand=true), to measure what expansion costs; Solr has no thesaurus, so compare with --no-solr.")
        private boolean expand;

        @Option(names = "--analytics", description = "Also run the in-process searcher with every search recorded "
                + "by the real search analytics (into a database in a temporary directory), to measure what they cost.")
        private boolean analytics;

        @Option(names = "--in-process", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Search the embedded library of --data in this process (default: ${DEFAULT-VALUE}); "
                        + "--no-in-process for a --data that only records the corpus of a SolrCloud build.")
        private boolean inProcess;

        @Mixin
        private CloudOptions cloud;

        @Option(names = "--cloud-pid", defaultValue = "-1", description = "The process of the SolrCloud nodes (the "
                + "JVM `library solr start` runs them in), whose CPU time is charged to the SolrCloud answers.")
        private long cloudPid;

        @Option(names = "--logs", description = "Where the servers' logs go (default: DATA-logs beside the library).")
        private Path logs;

        @Mixin
        private MixOptions mix;

        @Override
        public Integer call() throws Exception {
            if (analytics && !inProcess) {
                throw new CommandLine.ParameterException(library.commandLine(), "--analytics measures the "
                        + "in-process searcher: it cannot go with --no-in-process");
            }
            Path data = library.data;
            Path home = solrHome != null ? solrHome : data.resolveSibling(data.getFileName() + "-solr");
            Path logDir = logs != null ? logs : data.resolveSibling(data.getFileName() + "-logs");
            new QueryBenchmark(Vocabulary.standard(), library.out()).run(new QueryBenchmark.Settings(
                    data, http, home, solr, heap, concurrencies, runs, Duration.ofSeconds(warmUp), Duration.ofSeconds(duration),
                    mix.size, mix.seed, logDir, expand, analytics, inProcess, cloud.connection().orElse(null), cloudPid));
            return 0;
        }
    }

    /**
     * The library a benchmark reads, and where it reports: the same for every command but {@code build}, which
     * makes the library.
     */
    static final class BuiltLibrary {
        @Spec(Spec.Target.MIXEE)
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, description = "A library built by `build` (only read).")
        Path data;

        CommandLine commandLine() {
            return spec.commandLine();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** The library's SolrCloud backend: the same options for every command that builds or searches it. */
    static final class CloudOptions {
        @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper of a SolrCloud whose "
                + "collection (made by `library solr init`) the library's SolrCloud backend builds or searches.")
        String zk;

        @Option(names = "--collection", paramLabel = "NAME",
                description = "The SolrCloud collection (default: " + SolrConnection.DEFAULT_COLLECTION + ").")
        String collection;

        Optional<SolrConnection> connection() {
            return SolrConnection.of(null, zk, collection, Map.of());
        }
    }

    /** Which query mix: the same options for every command that runs it. */
    static final class MixOptions {
        @Option(names = "--mix-size", defaultValue = "" + QueryMix.DEFAULT_SIZE, description = "Distinct queries.")
        int size;

        @Option(names = "--mix-seed", defaultValue = "" + QueryMix.DEFAULT_SEED, description = "Seed of the mix.")
        long seed;
    }
}
