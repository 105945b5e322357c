package org.resourcelibrary.benchmarks.build;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.resourcelibrary.benchmarks.Machine;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * Builds a library from the synthetic generator: {@code threads} workers each generate the next document and
 * upsert it ({@code LuceneLibrary.upsert}, in the library's bulk-load mode), then one durable commit. Measures the whole
 * (generation included, and generation alone on a sample so its share is known), the index size per document,
 * and peak memory. Writes {@value #CORPUS_FILE} beside the index so the query benchmark can load the very same
 * documents into Solr.
 */
public final class IndexBuild {

    /** What the library was built from (seed, count, median length). */
    public static final String CORPUS_FILE = "synthetic-corpus.properties";
    /** Documents generated (not indexed) to time the generator alone. */
    static final int GENERATION_SAMPLE = 5_000;

    private final Vocabulary vocabulary;

    public IndexBuild(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Builds {@code count} documents into the (empty) library at {@code data}. */
    public BuildResult build(Path data, SyntheticCorpusSpec spec, int threads) throws IOException, InterruptedException {
        DataDirectory directory = new DataDirectory(data).create();
        if (Files.exists(directory.index())) {
            try (Stream<Path> files = Files.list(directory.index())) {
                if (files.findAny().isPresent()) {
                    throw new IOException(directory.index() + " is not empty: build into a new directory");
                }
            }
        }
        SyntheticCorpus corpus = spec.corpus(vocabulary);
        double generationRate = generationRate(corpus, Math.min(GENERATION_SAMPLE, spec.count()), threads);
        resetPeaks();
        double load = Machine.loadAverage();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        long indexBytes;
        try (LuceneLibrary library = LuceneLibrary.openForBulkLoad(directory.index(), vocabulary)) {
            inParallel(threads, spec.count(), i -> library.upsert(corpus.record(i).toResourceContent()));
            library.commit();
            indexBytes = library.sizeInBytes();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        spec.write(data.resolve(CORPUS_FILE));
        return new BuildResult(spec.count(), threads, seconds, cpuSeconds, indexBytes, peakHeapBytes(),
                Machine.peakResidentBytes(ProcessHandle.current().pid()).orElse(-1), generationRate, load);
    }

    /** Documents per second the generator alone makes on {@code threads} threads. */
    private static double generationRate(SyntheticCorpus corpus, long sample, int threads) throws InterruptedException {
        long started = System.nanoTime();
        inParallel(threads, sample, i -> corpus.record(i).toResourceContent());
        return sample / ((System.nanoTime() - started) / 1e9);
    }

    /** One step of a build, on document {@code index}. */
    @FunctionalInterface
    interface Step {
        void run(long index) throws IOException;
    }

    static void inParallel(int threads, long count, Step step) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        step.run(i);
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("building failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time this process has used, all threads: the cost of a build whatever else the machine runs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The synthetic corpus a library was built from. */
    public record SyntheticCorpusSpec(long seed, long count, int medianWords) {

        public SyntheticCorpus corpus(Vocabulary vocabulary) {
            return new SyntheticCorpus(seed, vocabulary, medianWords);
        }

        void write(Path file) throws IOException {
            Properties properties = new Properties();
            properties.setProperty("seed", String.valueOf(seed));
            properties.setProperty("count", String.valueOf(count));
            properties.setProperty("medianWords", String.valueOf(medianWords));
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "the synthetic corpus this library was built from");
            }
        }

        /** The corpus recorded beside a library built by {@link IndexBuild}. */
        public static SyntheticCorpusSpec read(Path data) throws IOException {
            Path file = data.resolve(CORPUS_FILE);
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + " is missing: build the library with the build benchmark");
            }
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            return new SyntheticCorpusSpec(Long.parseLong(properties.getProperty("seed")),
                    Long.parseLong(properties.getProperty("count")),
                    Integer.parseInt(properties.getProperty("medianWords")));
        }
    }
}
