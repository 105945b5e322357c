package org.resourcelibrary.web.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.ingest.IngestJob;
import org.resourcelibrary.indexer.ingest.JobBoard;
import org.resourcelibrary.web.database.FeatureStore;
import org.resourcelibrary.web.database.FeatureTables;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zip jobs' board in the library database: each job's latest status as the JSON {@code GET
 * /api/ingest-jobs/{id}} answers, so any web node answers for a job another runs. A status the database cannot
 * take is logged and the job goes on (the report is archived in the data directory either way); asking when the
 * database does not answer is an {@link IllegalStateException}.
 *
 * <p>A job not over holds a lease that the node running it renews ({@link #renew}) while it lives. A node that
 * was killed renews nothing: once its jobs' leases have lapsed, whichever node is asked marks them failed, saying
 * the node running them stopped, rather than showing them running for ever. A node that was only slow and posts
 * again has the last word: its status replaces the failure.
 */
public final class JobTable implements JobBoard, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobTable.class);
    /** How long a job's lease lasts unless renewed. */
    public static final Duration LEASE = Duration.ofMinutes(1);
    /** Renewals per lease: a renewal or two may be late or fail without the lease lapsing. */
    static final int RENEWALS_PER_LEASE = 4;
    /** Why a job whose lease lapsed has failed. */
    static final String NODE_STOPPED = "the node running it stopped before it ended (its lease was not renewed);"
            + " submit the zip again: the files it had indexed are kept, and ingesting them again changes nothing";

    static final FeatureTables SCHEMA = new FeatureTables("ingest-jobs", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS ingest_job (id VARCHAR(64) PRIMARY KEY,"
                    + " submitted TIMESTAMP WITH TIME ZONE NOT NULL, over BOOLEAN NOT NULL, status CLOB NOT NULL)",
            "CREATE INDEX IF NOT EXISTS ingest_job_submitted ON ingest_job (submitted)"), List.of(
            "ALTER TABLE ingest_job ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP WITH TIME ZONE")));

    private final FeatureStore store;
    private final Duration lease;
    private final Clock clock;
    /** The jobs this node posted and that are not over: the ones whose leases it renews. */
    private final Set<String> holding = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;

    JobTable(LibraryDatabase database, Duration lease, Clock clock, boolean renewing) throws SQLException {
        this.store = FeatureStore.open(database, SCHEMA, "ingest jobs");
        this.lease = lease;
        this.clock = clock;
        this.heartbeat = renewing ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-job-leases");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (heartbeat != null) {
            long every = lease.toMillis() / RENEWALS_PER_LEASE;
            heartbeat.scheduleAtFixedRate(this::renewQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** The jobs' table in {@code database}, made or brought up to date; this node's jobs' leases renewed. */
    public JobTable(LibraryDatabase database) throws SQLException {
        this(database, LEASE, Clock.systemUTC(), true);
    }

    @Override
    public void post(IngestJob.Status status) {
        boolean over = JobBoard.over(status);
        if (over) {
            holding.remove(status.id());
        } else {
            holding.add(status.id());
        }
        try {
            String json = Json.mapper().writeValueAsString(status);
            store.using(c -> {
                FeatureStore.update(c, "MERGE INTO ingest_job (id, submitted, over, status, lease_until) KEY (id)"
                        + " VALUES (?, ?, ?, ?, ?)", status.id(), status.submitted(), over, json,
                        over ? null : clock.instant().plus(lease));
                return status.state() == IngestJob.State.QUEUED ? FeatureStore.update(c, "DELETE FROM ingest_job"
                        + " WHERE over AND id NOT IN (SELECT id FROM ingest_job ORDER BY submitted DESC"
                        + " FETCH FIRST ? ROWS ONLY)", JOBS_KEPT) : 0;
            });
        } catch (IllegalStateException | JsonProcessingException e) {
            LOG.warn("ingest job {} is {} but the library database was not told: {}", status.id(),
                    status.state().code(), e.getMessage());
        }
    }

    /** Extends the leases of the jobs this node holds. */
    void renew() {
        for (String id : holding) {
            store.update("UPDATE ingest_job SET lease_until = ? WHERE id = ? AND NOT over",
                    clock.instant().plus(lease), id);
        }
    }

    private void renewQuietly() {
        try {
            renew();
        } catch (RuntimeException e) {
            LOG.warn("the leases of this node's ingest jobs were not renewed: {}", e.getMessage());
        }
    }

    @Override
    public Optional<IngestJob.Status> find(String id) {
        List<IngestJob.Status> found = query("SELECT status, lease_until FROM ingest_job WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<IngestJob.Status> latest() {
        return query("SELECT status, lease_until FROM ingest_job ORDER BY submitted DESC FETCH FIRST " + JOBS_KEPT
                + " ROWS ONLY");
    }

    private List<IngestJob.Status> query(String sql, Object... values) {
        Instant now = clock.instant();
        List<IngestJob.Status> statuses = new ArrayList<>();
        List<IngestJob.Status> lapsed = new ArrayList<>();
        store.using(c -> {
            try (PreparedStatement select = FeatureStore.prepare(c, sql, values);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    IngestJob.Status status = parse(rows.getString(1));
                    Timestamp leaseUntil = rows.getTimestamp(2);
                    if (leaseUntil != null && !JobBoard.over(status) && !now.isBefore(leaseUntil.toInstant())) {
                        status = stopped(status, now);
                        lapsed.add(status);
                    }
                    statuses.add(status);
                }
            }
            return statuses;
        });
        lapsed.forEach(this::failLapsed);
        return statuses;
    }

    /** Records a lapsed job as failed, unless its node posted again meanwhile. */
    private void failLapsed(IngestJob.Status failed) {
        try {
            String json = Json.mapper().writeValueAsString(failed);
            store.update("UPDATE ingest_job SET over = TRUE, status = ?, lease_until = NULL WHERE id = ?"
                    + " AND NOT over AND lease_until <= ?", json, failed.id(), failed.finished());
        } catch (IllegalStateException | JsonProcessingException e) {
            LOG.warn("ingest job {} has lapsed but was not recorded as failed: {}", failed.id(), e.getMessage());
        }
    }

    private static IngestJob.Status stopped(IngestJob.Status status, Instant now) {
        return new IngestJob.Status(status.id(), status.fileName(), IngestJob.State.FAILED, status.filesDone(),
                status.filesTotal(), status.submitted(), status.started(), now, status.report(), NODE_STOPPED);
    }

    private static IngestJob.Status parse(String status) {
        try {
            return Json.mapper().readValue(status, IngestJob.Status.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library database holds an ingest job this release cannot read: "
                    + e.getMessage(), e);
        }
    }

    /** Stops renewing: the jobs still held lapse, as they should once this node no longer runs them. */
    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }
}
