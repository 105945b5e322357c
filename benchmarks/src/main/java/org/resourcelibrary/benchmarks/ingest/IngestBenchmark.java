package org.resourcelibrary.benchmarks.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.resourcelibrary.benchmarks.Machine;
import org.resourcelibrary.benchmarks.load.Latencies;
import org.resourcelibrary.benchmarks.server.ServerProcess;
import org.resourcelibrary.benchmarks.server.Servers;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Ingest throughput: run after run, the plain Tika loop over a folder's files, then {@code library ingest} of the
 * same folder into a new data directory (a fresh JVM: the packaged jar, with its worker JVMs, hashing, enrichment,
 * stores, indexing and the durable commit). Files/s and MB/s of each, and their ratio within each run.
 */
public final class IngestBenchmark {

    /** Longest an ingest run may take. */
    static final long INGEST_TIMEOUT_MINUTES = 30;

    private final PrintWriter out;

    public IngestBenchmark(PrintWriter out) {
        this.out = out;
    }

    /** One run of ours: the run's own {@code elapsedMs} and the wall time including the JVM's start. */
    record Ingest(int files, int failed, double elapsedSeconds, double wallSeconds) {
    }

    public void run(Path folder, Path manifest, Path work, int runs) throws IOException, InterruptedException {
        List<Path> files = files(folder);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        double mb = bytes / 1e6;
        out.printf(Locale.ROOT, "%s: %d files, %.1f MB%n", folder, files.size(), mb);
        double[] ratios = new double[runs];
        double[] plainRates = new double[runs];
        double[] ourRates = new double[runs];
        for (int run = 1; run <= runs; run++) {
            double load = Machine.loadAverage();
            PlainTikaLoop.Pass plain = new PlainTikaLoop().run(files);
            Ingest ours = ingest(folder, manifest, work.resolve("run-" + run));
            plainRates[run - 1] = files.size() / plain.seconds();
            ourRates[run - 1] = files.size() / ours.elapsedSeconds();
            ratios[run - 1] = ourRates[run - 1] / plainRates[run - 1];
            out.printf(Locale.ROOT, "run %d (load %.2f): plain Tika loop %.1f s, %.2f files/s, %.2f MB/s, %d failed, "
                            + "%,d chars | library ingest %.1f s (%.1f s with JVM start), %.2f files/s, %.2f MB/s, "
                            + "%d failed | ratio %.2f%n", run, load, plain.seconds(), plainRates[run - 1],
                    mb / plain.seconds(), plain.failed(), plain.chars(), ours.elapsedSeconds(), ours.wallSeconds(),
                    ourRates[run - 1], mb / ours.elapsedSeconds(), ours.failed(), ratios[run - 1]);
            out.flush();
        }
        double plainMedian = Latencies.median(plainRates);
        double ourMedian = Latencies.median(ourRates);
        out.printf(Locale.ROOT, "median of %d runs: plain Tika loop %.2f files/s (%.2f MB/s); library ingest %.2f "
                        + "files/s (%.2f MB/s); ratio %.2f (median of per-run ratios)%n", runs, plainMedian,
                plainMedian * mb / files.size(), ourMedian, ourMedian * mb / files.size(), Latencies.median(ratios));
        out.flush();
    }

    private Ingest ingest(Path folder, Path manifest, Path data) throws IOException, InterruptedException {
        Files.createDirectories(data.getParent());
        Path report = data.resolveSibling(data.getFileName() + "-report.json");
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-jar",
                Servers.repository().resolve(Servers.LIBRARY_JAR).toString(), "ingest", folder.toString(),
                "--data", data.toString(), "--report", report.toString()));
        if (manifest != null) {
            command.addAll(List.of("--manifest", manifest.toString()));
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
        if (!process.waitFor(INGEST_TIMEOUT_MINUTES, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("library ingest took more than " + INGEST_TIMEOUT_MINUTES + " minutes");
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException("library ingest exited with " + process.exitValue());
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        return new Ingest(json.path("files").asInt(), json.path("failed").asInt(),
                json.path("elapsedMs").asLong() / 1000.0, wall);
    }

    /** The files of a folder as ingest sees them: every regular file, hidden ones aside, in path order. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> folder.relativize(p).toString().chars().noneMatch(c -> c == '~')
                            && Stream.of(folder.relativize(p).toString().split("/")).noneMatch(s -> s.startsWith(".")))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** {@code benchmarks/run ingest FOLDER}. */
    @CommandLine.Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest a folder with `library ingest` and with a plain Tika loop; compare files/s.")
    public static final class Command implements Callable<Integer> {
        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", description = "Folder of files to ingest.")
        private Path folder;

        @Option(names = "--manifest", description = "Manifest for `library ingest`.")
        private Path manifest;

        @Option(names = "--work", required = true, description = "Where the runs' data directories go.")
        private Path work;

        @Option(names = "--runs", defaultValue = "3", description = "Runs (default: ${DEFAULT-VALUE}).")
        private int runs;

        @Override
        public Integer call() throws Exception {
            new IngestBenchmark(spec.commandLine().getOut()).run(folder, manifest, work, runs);
            return 0;
        }
    }
}
