package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.resourcelibrary.core.store.BlobStore;

/**
 * Extracts text from files in a pool of worker JVMs, one per thread, each reused for many files.
 *
 * <p>{@link #extract(Path)} may be called from any number of threads; at most {@code threads} files are
 * parsed at once and further callers wait for a free worker. A file that makes its worker hang past the
 * timeout, exhaust its heap or die fails with {@code timeout}, {@code out of memory} or {@code crashed};
 * the worker is replaced and the next file goes on. Workers are also replaced after
 * {@code maxFilesPerWorker} files.
 */
public final class Extractor implements AutoCloseable {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final ExtractionSettings settings;
    private final List<String> command;
    private final BlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();
    /** Every worker not yet closed, idle or busy, so that {@link #stopNow()} reaches them all. */
    private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger started = new AtomicInteger();
    private volatile boolean closed;
    private volatile boolean stopped;

    /**
     * Starts the workers (in parallel, without waiting for them to load).
     *
     * @throws IllegalStateException when OCR is {@link OcrMode#ON} but tesseract is missing
     * @throws IOException when a worker JVM cannot be started
     */
    public Extractor(ExtractionSettings settings) throws IOException {
        this.settings = settings;
        this.command = workerCommand(settings);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "extraction-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < settings.threads(); i++) {
                idle.add(startWorker());
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    public ExtractionSettings settings() {
        return settings;
    }

    /** Extracts a file, hashing it first so the text can be cached by content. */
    public ExtractionResult extract(Path file) {
        String sha256;
        try {
            sha256 = BlobStore.sha256(file);
        } catch (IOException e) {
            return ExtractionResult.failed(FailureReason.UNREADABLE, "cannot read " + file + ": " + e.getMessage());
        }
        return extract(file, sha256);
    }

    /**
     * Extracts a file whose content hash the caller already knows.
     *
     * @throws CancellationException when the calling thread is interrupted while waiting for a worker
     * @throws IllegalStateException after {@link #close()}
     */
    public ExtractionResult extract(Path file, String sha256) {
        if (stopped) {
            return ExtractionResult.failed(FailureReason.CRASHED, "the extraction workers were stopped");
        }
        long start = System.nanoTime();
        WorkerProcess worker = takeWorker();
        ExtractionResult result;
        try {
            result = worker.extract(file.toAbsolutePath(), settings.timeout());
        } finally {
            giveBack(worker);
        }
        return result.completed(sha256, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Worker JVMs started so far, replacements included. */
    public int workersStarted() {
        return started.get();
    }

    private WorkerProcess takeWorker() {
        if (closed) {
            throw new IllegalStateException("extractor is closed");
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for an extraction worker");
        }
    }

    private void giveBack(WorkerProcess worker) {
        if (stopped) {
            // Dead workers keep circulating so that callers waiting for one get it and fail at once.
            idle.add(worker);
            return;
        }
        if (closed) {
            retire(worker);
            return;
        }
        WorkerProcess next = worker;
        if (!worker.reusable(settings.maxFilesPerWorker())) {
            retire(worker);
            try {
                next = startWorker();
            } catch (IOException e) {
                // Keep the pool's size: the dead worker fails its next file as "crashed" instead of leaving
                // callers waiting forever; that give-back tries to start a fresh one again.
                next = worker;
            }
        }
        idle.add(next);
        if (closed && !stopped && idle.remove(next)) {
            retire(next);
        }
    }

    private void retire(WorkerProcess worker) {
        running.remove(worker);
        worker.close();
    }

    /** Starts a worker, unless {@link #stopNow()} was called: then none may start again. */
    private synchronized WorkerProcess startWorker() throws IOException {
        if (stopped) {
            throw new IOException("the extraction workers were stopped");
        }
        int number = started.incrementAndGet();
        WorkerProcess worker = WorkerProcess.start("extraction-worker-" + number, command, watchdog,
                settings.workerHeapMb());
        running.add(worker);
        return worker;
    }

    private static List<String> workerCommand(ExtractionSettings settings) {
        List<String> command = new ArrayList<>(List.of(JAVA,
                "-Xmx" + settings.workerHeapMb() + "m",
                "-XX:+ExitOnOutOfMemoryError",
                // One GC thread: the workers already use every core between them.
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                ExtractionWorkerMain.class.getName()));
        command.addAll(DocumentParser.arguments(new DocumentParser.Options(settings.maxChars(),
                settings.ocr().enabled(), (int) settings.ocrPageTimeout().toSeconds(), settings.maxEmbeddedDepth())));
        return command;
    }

    /**
     * Kills every worker now, files in progress included (their callers get a failed result, as do callers
     * waiting for a worker), and waits until they are gone; no worker starts after this.
     */
    public void stopNow() {
        synchronized (this) {
            stopped = true;
            closed = true;
        }
        running.forEach(WorkerProcess::stopNow);
        running.clear();
    }

    /** Stops the workers. Files being extracted at this moment finish first; later calls fail. */
    @Override
    public void close() {
        closed = true;
        List<WorkerProcess> workers = new ArrayList<>();
        idle.drainTo(workers);
        workers.forEach(this::retire);
        watchdog.shutdown();
    }
}
