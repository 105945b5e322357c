package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip jobs on a board other web nodes read: a job that will never run is not left queued there. */
class IngestJobsTest {

    @TempDir
    Path dir;

    @Test
    void aJobStillWaitingWhenTheServiceStopsIsFailedOnTheBoardAndItsZipDeleted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        JobBoard board = JobBoard.inMemory();
        IngestJobs jobs = new IngestJobs((zip, fileName, job) -> {
            started.countDown();
            never.await();
            throw new AssertionError("a job waiting for ever was let through");
        }, Clock.systemUTC(), board);
        IngestJob running = jobs.submit(Files.writeString(dir.resolve("first.zip"), "PK"), "first.zip");
        Path waitingZip = Files.writeString(dir.resolve("second.zip"), "PK");
        IngestJob waiting = jobs.submit(waitingZip, "second.zip");
        started.await();

        // Interrupted while closing (a second Ctrl-C): closing stops waiting for the running job at once.
        Thread.currentThread().interrupt();
        try {
            jobs.close();
        } finally {
            Thread.interrupted();
        }

        assertThat(board.find(waiting.id())).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(IngestJob.State.FAILED);
            assertThat(status.error()).isEqualTo(IngestJobs.NOT_RUN);
        });
        assertThat(waitingZip).doesNotExist();
        assertThat(board.find(running.id())).hasValueSatisfying(
                status -> assertThat(status.state()).isNotEqualTo(IngestJob.State.QUEUED));
    }
}
