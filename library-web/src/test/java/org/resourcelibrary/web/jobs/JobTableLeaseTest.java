package org.resourcelibrary.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.indexer.ingest.IngestJob;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.database.SharedDatabase;

/**
 * Zip jobs' leases on a board two web nodes share: the test renews by hand and moves the clock, so a node's
 * death is a lease left to lapse, with no waiting.
 */
class JobTableLeaseTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(START);
    private SharedDatabase database;
    private JobTable running;
    private JobTable asked;

    @BeforeEach
    void twoNodes() throws Exception {
        database = SharedDatabase.start(dir);
        running = new JobTable(database.node(), LEASE, clock, false);
        asked = new JobTable(database.node(), LEASE, clock, false);
    }

    @AfterEach
    void stopServer() {
        database.close();
    }

    @Test
    void aJobWhoseLeaseLapsedIsShownFailedBecauseItsNodeStopped() {
        running.post(status("job-1", IngestJob.State.RUNNING));
        clock.advance(LEASE);

        IngestJob.Status shown = asked.find("job-1").orElseThrow();

        assertThat(shown.state()).isEqualTo(IngestJob.State.FAILED);
        assertThat(shown.error()).contains("the node running it stopped");
        assertThat(shown.finished()).isEqualTo(START.plus(LEASE));
        assertThat(asked.latest()).extracting(IngestJob.Status::state).containsExactly(IngestJob.State.FAILED);
    }

    @Test
    void aJobWhoseLeaseIsRenewedIsStillRunning() {
        running.post(status("job-1", IngestJob.State.RUNNING));
        clock.advance(LEASE.dividedBy(2));
        running.renew();
        clock.advance(LEASE.dividedBy(2));

        assertThat(asked.find("job-1").orElseThrow().state()).isEqualTo(IngestJob.State.RUNNING);
    }

    @Test
    void aJobMarkedFailedStaysFailedForEveryNode() {
        running.post(status("job-1", IngestJob.State.QUEUED));
        clock.advance(LEASE);
        asked.find("job-1");
        clock.advance(LEASE);

        IngestJob.Status again = running.find("job-1").orElseThrow();

        assertThat(again.state()).isEqualTo(IngestJob.State.FAILED);
        assertThat(again.finished()).isEqualTo(START.plus(LEASE));
    }

    @Test
    void aFinishedJobHoldsNoLease() {
        running.post(status("job-1", IngestJob.State.DONE));
        clock.advance(LEASE.multipliedBy(2));

        assertThat(asked.find("job-1").orElseThrow().state()).isEqualTo(IngestJob.State.DONE);
    }

    private static IngestJob.Status status(String id, IngestJob.State state) {
        return new IngestJob.Status(id, "archive.zip", state, 0, 0, START, state == IngestJob.State.QUEUED ? null
                : START, state == IngestJob.State.DONE ? START : null, null, null);
    }
}
