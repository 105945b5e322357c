package org.resourcelibrary.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parent's handle on one worker JVM: sends it a file, waits for the reply within the timeout, and
 * tells from how the process ended why a file failed. Used by one thread at a time.
 */
final class WorkerProcess implements AutoCloseable {

    /** How long a new worker may take to load its parsers and say it is ready. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** The exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT_CODE = 3;
    /** How long a worker whose pipe closed, or that was asked to exit, gets to end. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);
    /** Lines of a worker's stderr kept to explain a crash. */
    private static final int STDERR_TAIL_LINES = 20;
    private static final int PIPE_BUFFER_BYTES = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);

    private final String name;
    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final ScheduledExecutorService watchdog;
    private final int heapMb;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private boolean ready;
    private boolean broken;
    private int files;

    private WorkerProcess(String name, Process process, ScheduledExecutorService watchdog, int heapMb) {
        this.name = name;
        this.process = process;
        this.watchdog = watchdog;
        this.heapMb = heapMb;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), PIPE_BUFFER_BYTES));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), PIPE_BUFFER_BYTES));
        Thread drain = new Thread(this::drainStderr, name + "-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts the JVM without waiting for it: workers boot in parallel, and the first file waits. */
    static WorkerProcess start(String name, List<String> command, ScheduledExecutorService watchdog, int heapMb)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // Tesseract's OpenMP threads would compete with the other workers for the same cores.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return new WorkerProcess(name, builder.start(), watchdog, heapMb);
    }

    /** Extracts one file, or reports why not; never throws for a misbehaving file. */
    ExtractionResult extract(Path file, Duration timeout) {
        if (!ready && !awaitReady()) {
            broken = true;
            return ExtractionResult.failed(FailureReason.CRASHED, "extraction worker did not start: " + lastError());
        }
        files++;
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> kill(killed), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            WorkerProtocol.writeRequest(toWorker, file.toString());
            WorkerProtocol.Reply reply = WorkerProtocol.readReply(fromWorker);
            broken = reply.retire();
            return reply.result();
        } catch (IOException e) {
            broken = true;
            return killed.get() ? timedOut(timeout) : death();
        } finally {
            deadline.cancel(false);
            broken |= killed.get();
        }
    }

    /** Whether this worker can take another file, given the recycling bound. */
    boolean reusable(int maxFiles) {
        return !broken && files < maxFiles && process.isAlive();
    }

    private boolean awaitReady() {
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> kill(killed), START_TIMEOUT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            ready = fromWorker.readInt() == WorkerProtocol.READY;
        } catch (IOException e) {
            ready = false;
        } finally {
            deadline.cancel(false);
        }
        return ready;
    }

    private void kill(AtomicBoolean killed) {
        killed.set(true);
        LOG.debug("{}: killing pid {}", name, process.pid());
        process.destroyForcibly();
    }

    private ExtractionResult timedOut(Duration timeout) {
        return ExtractionResult.failed(FailureReason.TIMEOUT,
                "no result within " + timeout.toSeconds() + " s; the worker was stopped");
    }

    private ExtractionResult death() {
        int exit = exitCode();
        if (exit == OUT_OF_MEMORY_EXIT_CODE) {
            return ExtractionResult.failed(FailureReason.OUT_OF_MEMORY,
                    "the file needed more than the worker's " + heapMb + " MB heap");
        }
        return ExtractionResult.failed(FailureReason.CRASHED,
                "the worker exited with code " + exit + ": " + lastError());
    }

    private int exitCode() {
        try {
            if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private String lastError() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "(nothing on stderr)" : String.join(" | ", stderrTail);
        }
    }

    private void drainStderr() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                LOG.debug("{}: {}", name, line);
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_TAIL_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException e) {
            LOG.debug("{}: stderr closed: {}", name, e.getMessage());
        }
    }

    /**
     * Stops the worker at once, with any process it started (tesseract), whatever it is doing, and waits for
     * it to be gone: the run is being stopped and nothing of ours may outlive it. A thread using this worker
     * gets a failed result.
     */
    void stopNow() {
        broken = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: pid {} still running {} after it was killed", name, process.pid(), EXIT_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks the worker to exit by closing its stdin, without waiting: it is stopped by force if it is still
     * alive after a grace period (or at once when it is in an unknown state).
     */
    @Override
    public void close() {
        if (broken) {
            process.destroyForcibly();
            return;
        }
        try {
            toWorker.close();
        } catch (IOException e) {
            LOG.debug("{}: stdin already closed: {}", name, e.getMessage());
        }
        try {
            watchdog.schedule(() -> {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }, EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            process.destroyForcibly();
        }
    }
}
