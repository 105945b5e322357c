package org.resourcelibrary.indexer.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where zip jobs are told about, for whoever asks after them: this process's memory by default; the library
 * database every web node shares when several serve one library, so a job submitted through one node is followed
 * through any. A job posts its status each time it changes; the board keeps the last {@value #JOBS_KEPT}.
 */
public interface JobBoard {

    /** Finished jobs beyond this many are forgotten, oldest first (their reports stay in the archive). */
    int JOBS_KEPT = 100;

    /** Keeps the job's latest status, replacing what was known of it. */
    void post(IngestJob.Status status);

    Optional<IngestJob.Status> find(String id);

    /** The remembered jobs, newest first. */
    List<IngestJob.Status> latest();

    /** Whether the job has ended, so it may be forgotten. */
    static boolean over(IngestJob.Status status) {
        return status.state() == IngestJob.State.DONE || status.state() == IngestJob.State.FAILED;
    }

    /** A board in this process's memory: what one web node needs. */
    static JobBoard inMemory() {
        Map<String, IngestJob.Status> jobs = new LinkedHashMap<>();
        return new JobBoard() {
            @Override
            public synchronized void post(IngestJob.Status status) {
                jobs.put(status.id(), status);
                Iterator<IngestJob.Status> oldest = jobs.values().iterator();
                while (jobs.size() > JOBS_KEPT && oldest.hasNext()) {
                    if (over(oldest.next())) {
                        oldest.remove();
                    }
                }
            }

            @Override
            public synchronized Optional<IngestJob.Status> find(String id) {
                return Optional.ofNullable(jobs.get(id));
            }

            @Override
            public synchronized List<IngestJob.Status> latest() {
                List<IngestJob.Status> newestFirst = new ArrayList<>(jobs.values());
                Collections.reverse(newestFirst);
                return newestFirst;
            }
        };
    }
}
