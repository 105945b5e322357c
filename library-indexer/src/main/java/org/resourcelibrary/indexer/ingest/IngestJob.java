package org.resourcelibrary.indexer.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A zip upload being ingested in the background: its progress while it runs, then its report. Thread-safe;
 * {@link #status()} is what {@code GET /api/ingest-jobs/{id}} shows, posted to the {@link JobBoard} at every
 * change.
 */
public final class IngestJob implements IngestListener {

    /** Where a job is in its life. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A job as seen at one moment.
     *
     * @param filesDone  input files done so far
     * @param filesTotal input files found in the zip (0 until it is unpacked)
     * @param report     the ingest report, once done
     * @param error      why the job failed as a whole (the zip could not be read, the disk is full…)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(String id, String fileName, State state, int filesDone, int filesTotal, Instant submitted,
                         Instant started, Instant finished, IngestReport report, String error) {
    }

    private final String id;
    private final String fileName;
    private final Clock clock;
    private final JobBoard board;
    private final Instant submitted;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile State state = State.QUEUED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile IngestReport report;
    private volatile String error;

    IngestJob(String id, String fileName, Clock clock, JobBoard board) {
        this.id = id;
        this.fileName = fileName;
        this.clock = clock;
        this.board = board;
        this.submitted = clock.instant();
        publish();
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Status status() {
        return new Status(id, fileName, state, done.get(), total.get(), submitted, started, finished, report, error);
    }

    @Override
    public void planned(int files) {
        total.set(files);
        publish();
    }

    @Override
    public void done(IngestItem item) {
        if (item.status() != ItemStatus.REMOVED) {
            done.incrementAndGet();
            publish();
        }
    }

    void running() {
        started = clock.instant();
        state = State.RUNNING;
        publish();
    }

    void finished(IngestReport result) {
        report = result;
        finished = clock.instant();
        state = State.DONE;
        publish();
    }

    void failed(String why) {
        error = why;
        finished = clock.instant();
        state = State.FAILED;
        publish();
    }

    /**
     * Tells the board the job's status. One at a time, the status read inside: files finished by several ingest
     * threads at once are posted in the order they were counted, so the board never goes back to fewer.
     */
    private synchronized void publish() {
        board.post(status());
    }

    boolean over() {
        State now = state;
        return now == State.DONE || now == State.FAILED;
    }
}
