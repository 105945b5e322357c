package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
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
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger started = new AtomicInteger();
    private volatile boolean closed;

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
        if (closed) {
            worker.close();
            return;
        }
        WorkerProcess next = worker;
        if (!worker.reusable(settings.maxFilesPerWorker())) {
            worker.close();
            try {
                next = startWorker();
            } catch (IOException e) {
                // Keep the pool's size: the dead worker fails its next file as "crashed" instead of leaving
                // callers waiting forever; that give-back tries to start a fresh one again.
                next = worker;
            }
        }
        idle.add(next);
        if (closed && idle.remove(next)) {
            next.close();
        }
    }

    private WorkerProcess startWorker() throws IOException {
        int number = started.incrementAndGet();
        return WorkerProcess.start("extraction-worker-" + number, command, watchdog, settings.workerHeapMb());
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

    /** Stops the workers. Files being extracted at this moment finish first; later calls fail. */
    @Override
    public void close() {
        closed = true;
        List<WorkerProcess> workers = new ArrayList<>();
        idle.drainTo(workers);
        workers.forEach(WorkerProcess::close);
        watchdog.shutdown();
    }
}
