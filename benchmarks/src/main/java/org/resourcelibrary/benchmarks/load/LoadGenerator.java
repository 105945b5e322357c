package org.resourcelibrary.benchmarks.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.resourcelibrary.benchmarks.Machine;
import org.resourcelibrary.benchmarks.mix.QuerySpec;

/**
 * A closed-loop load: {@code concurrency} workers each send the next query of the mix as soon as the last one
 * is answered, first for a warm-up (not measured), then for a fixed duration, recording every latency.
 * Workers take queries from one shared cursor, so every worker count sends the same sequence.
 */
public final class LoadGenerator {

    /** How long a worker may take to finish its last request after the measured period. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final List<QuerySpec> mix;

    public LoadGenerator(List<QuerySpec> mix) {
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("the query mix is empty");
        }
        this.mix = List.copyOf(mix);
    }

    /** Runs the load against {@code target} and reports what the measured period saw. */
    public LoadResult run(Target target, int concurrency, Duration warmUp, Duration measured) throws InterruptedException {
        boolean compiles = JitCompiler.compiles(target);
        Duration warmed = warmUp;
        if (!warmUp.isZero()) {
            AtomicLong warmingCursor = new AtomicLong();
            drive(target, concurrency, warmUp, warmingCursor);
            if (compiles) {
                warmed = warmed.plus(warmUntilCompiled(target, concurrency, warmingCursor));
            }
        }
        double load = Machine.loadAverage();
        long cpuBefore = Machine.cpuNanos(target.pid());
        long compiledBefore = JitCompiler.millis();
        Recording recording = drive(target, concurrency, measured, new AtomicLong());
        long compiledWhileMeasured = compiles ? JitCompiler.millis() - compiledBefore : -1;
        long cpuAfter = Machine.cpuNanos(target.pid());
        double cpuMsPerQuery = cpuBefore < 0 || cpuAfter < 0 || recording.count() == 0 ? Double.NaN
                : (cpuAfter - cpuBefore) / 1e6 / recording.count();
        return new LoadResult(target.name(), concurrency, recording.count(), recording.errors.sum(),
                recording.seconds, Latencies.percentileMs(recording.latencies(), 50),
                Latencies.percentileMs(recording.latencies(), 99), cpuMsPerQuery, load, warmed.toSeconds(),
                compiledWhileMeasured);
    }

    /**
     * Goes on warming an in-process target, slice by slice, until the compiler is done with what the mix runs (or
     * {@link JitCompiler#MOST} has passed), so that the measured period does not pay for compiling.
     *
     * @return how much longer it warmed
     */
    private Duration warmUntilCompiled(Target target, int concurrency, AtomicLong cursor) throws InterruptedException {
        Duration added = Duration.ZERO;
        while (added.compareTo(JitCompiler.MOST) < 0) {
            long compiledBefore = JitCompiler.millis();
            Recording slice = drive(target, concurrency, JitCompiler.SLICE, cursor);
            added = added.plus(JitCompiler.SLICE);
            if (JitCompiler.settled(JitCompiler.millis() - compiledBefore, Math.round(slice.seconds * 1000))) {
                break;
            }
        }
        return added;
    }

    private Recording drive(Target target, int concurrency, Duration length, AtomicLong cursor)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "load-worker");
            thread.setDaemon(true);
            return thread;
        });
        Recording recording = new Recording(concurrency);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                running.add(workers.submit(() -> work(target, cursor, end, recording, worker)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a load worker failed", e.getCause());
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(STOP_GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        }
        recording.seconds = (System.nanoTime() - start) / 1e9;
        return recording;
    }

    private void work(Target target, AtomicLong cursor, long end, Recording recording, int worker) {
        while (System.nanoTime() < end) {
            QuerySpec query = mix.get((int) (cursor.getAndIncrement() % mix.size()));
            long started = System.nanoTime();
            try {
                target.answer(query);
            } catch (Exception e) {
                recording.errors.increment();
            }
            recording.add(worker, System.nanoTime() - started);
        }
    }

    /** Latencies per worker (no sharing while recording), merged at the end. */
    private static final class Recording {
        private final long[][] byWorker;
        private final int[] counts;
        private final LongAdder errors = new LongAdder();
        private double seconds;

        Recording(int workers) {
            byWorker = new long[workers][1024];
            counts = new int[workers];
        }

        void add(int worker, long nanos) {
            if (counts[worker] == byWorker[worker].length) {
                byWorker[worker] = java.util.Arrays.copyOf(byWorker[worker], counts[worker] * 2);
            }
            byWorker[worker][counts[worker]++] = nanos;
        }

        long count() {
            long total = 0;
            for (int c : counts) {
                total += c;
            }
            return total;
        }

        long[] latencies() {
            long[] all = new long[(int) count()];
            int at = 0;
            for (int w = 0; w < byWorker.length; w++) {
                System.arraycopy(byWorker[w], 0, all, at, counts[w]);
                at += counts[w];
            }
            return all;
        }
    }
}
