package org.resourcelibrary.indexer.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zip uploads ingested one after another on a background thread; their progress and reports are posted to the
 * {@link JobBoard}, which answers who asks after them.
 */
final class IngestJobs implements AutoCloseable {

    /** How long closing waits for the running job. */
    private static final long CLOSE_WAIT_SECONDS = 60;
    /** Why a job that was still waiting when the service stopped has failed. */
    static final String NOT_RUN = "not run: the service stopped before its turn; submit the zip again";
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

    /** What a job does once its turn comes. */
    interface Work {
        IngestReport run(Path zip, String fileName, IngestJob job) throws IOException, InterruptedException;
    }

    private final Work work;
    private final Clock clock;
    private final JobBoard board;
    /** Jobs submitted and not yet over, with their zips: those still waiting when the service stops are failed. */
    private final Map<IngestJob, Path> unfinished = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-jobs");
        thread.setDaemon(true);
        return thread;
    });

    IngestJobs(Work work, Clock clock, JobBoard board) {
        this.work = work;
        this.clock = clock;
        this.board = board;
    }

    /** Queues the zip; the job deletes it when done. */
    IngestJob submit(Path zip, String fileName) {
        IngestJob job = new IngestJob(UUID.randomUUID().toString(), fileName, clock, board);
        unfinished.put(job, zip);
        runner.execute(() -> run(job, zip, fileName));
        return job;
    }

    Optional<IngestJob.Status> get(String id) {
        return board.find(id);
    }

    /** Every remembered job, newest first. */
    List<IngestJob.Status> all() {
        return board.latest();
    }

    private void run(IngestJob job, Path zip, String fileName) {
        job.running();
        try {
            job.finished(work.run(zip, fileName, job));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.failed("interrupted: the service is stopping");
        } catch (IOException | RuntimeException e) {
            LOG.warn("ingest job {} ({}) failed", job.id(), fileName, e);
            job.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            unfinished.remove(job);
            delete(zip);
        }
    }

    private static void delete(Path zip) {
        try {
            Files.deleteIfExists(zip);
        } catch (IOException e) {
            LOG.warn("could not delete the uploaded zip {}", zip, e);
        }
    }

    @Override
    public void close() {
        runner.shutdown();
        try {
            if (!runner.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                runner.shutdownNow();
            }
        } catch (InterruptedException e) {
            runner.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // Never to run now: said so on the board, which other web nodes still answer from, rather than queued forever.
        unfinished.forEach((job, zip) -> {
            if (job.state() == IngestJob.State.QUEUED) {
                job.failed(NOT_RUN);
                delete(zip);
            }
        });
    }
}
