package org.resourcelibrary.reliability.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.LibraryService;
import org.resourcelibrary.reliability.support.Seeds;
import org.resourcelibrary.reliability.support.SyntheticLibrary;

/**
 * Sixty seconds of {@value #CLIENTS} concurrent clients searching the generated library over loopback HTTP:
 * no error, and the heap left after a full collection, sampled every {@link #SAMPLE_EVERY}, shows no growth
 * trend (the least-squares slope over the run, after warm-up, projects less than {@link #GROWTH_TOLERANCE_MB}
 * MB over the whole run).
 */
class SustainedSearchLoadTest {

    private static final String NAME = "sustained-search-load";
    private static final int CLIENTS = 32;
    private static final int DOCUMENTS = 5_000;
    private static final Duration RUN = Duration.ofSeconds(60);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(4);
    /** Samples taken while caches and pools fill up, left out of the trend. */
    private static final int WARM_UP_SAMPLES = 2;
    private static final double GROWTH_TOLERANCE_MB = 24;
    private static final double MB = 1024.0 * 1024;
    /** How late the last sample may come when the machine is busy. */
    private static final Duration RUN_SLACK = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void thirtyTwoClientsForSixtySecondsGetNoErrorAndMemoryStaysFlat() throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        SyntheticLibrary.copy(DOCUMENTS, data.index());
        List<double[]> samples = new CopyOnWriteArrayList<>();
        SearchTraffic traffic;
        try (LibraryService service = LibraryService.start(data, LuceneLibrary.open(data.index(),
                Vocabulary.standard()))) {
            traffic = SearchTraffic.start(CLIENTS, service.port(), Seeds.forTest(NAME));
            try {
                long started = System.nanoTime();
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                CountDownLatch over = new CountDownLatch(1);
                sampler.scheduleAtFixedRate(() -> {
                    double elapsed = (System.nanoTime() - started) / 1e9;
                    samples.add(new double[] {elapsed, heapAfterGcMb()});
                    if (elapsed >= RUN.toSeconds()) {
                        over.countDown();
                    }
                }, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                boolean ran = over.await(RUN.plus(SAMPLE_EVERY).plus(RUN_SLACK).toMillis(), TimeUnit.MILLISECONDS);
                sampler.shutdownNow();
                assertThat(ran).as("the sampler ran for %s", RUN).isTrue();
            } finally {
                traffic.stop();
            }
        }

        // What the heap keeps is its floor: a sample taken while 32 requests are in flight also holds their
        // working memory, so a leak shows as the floor of the second half rising above that of the first.
        List<double[]> trend = samples.subList(WARM_UP_SAMPLES, samples.size());
        int half = trend.size() / 2;
        double projected = floor(trend.subList(half, trend.size())) - floor(trend.subList(0, half));
        assertThat(traffic.errors()).as("errors in %d requests", traffic.requests()).isEmpty();
        assertThat(projected).as("growth of the heap's floor over the run (MB), samples %s", describe(samples))
                .isLessThan(GROWTH_TOLERANCE_MB);
        Figures.print(NAME, CLIENTS + " clients x " + RUN.toSeconds() + " s: " + traffic.requests() + " searches ("
                + Math.round(traffic.requests() / (double) RUN.toSeconds()) + "/s), 0 errors, mean "
                + String.format("%.1f", traffic.meanMillis()) + " ms, p99 <= " + traffic.percentileMillis(0.99)
                + " ms; heap after GC " + describe(samples) + " MB, floor growth " + String.format("%+.2f", projected)
                + " MB from the first half's floor to the second's; RSS " + rssMb() + " MB at the end");
    }

    /** Heap in use right after a full collection, in MB. */
    private static double heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** The smallest heap sample, in MB. */
    static double floor(List<double[]> samples) {
        return samples.stream().mapToDouble(p -> p[1]).min().orElseThrow();
    }

    private static String describe(List<double[]> samples) {
        return samples.stream().map(p -> String.valueOf(Math.round(p[1]))).toList().toString();
    }

    /** This process's resident set, in MB, or -1 where /proc is not there. */
    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
