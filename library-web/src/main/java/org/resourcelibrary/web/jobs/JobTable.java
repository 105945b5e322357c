package org.resourcelibrary.web.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.ingest.IngestJob;
import org.resourcelibrary.indexer.ingest.JobBoard;
import org.resourcelibrary.web.database.FeatureStore;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.database.FeatureTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zip jobs' board in the library database: each job's latest status as the JSON {@code GET
 * /api/ingest-jobs/{id}} answers, so any web node answers for a job another runs. A status the database cannot
 * take is logged and the job goes on (the report is archived in the data directory either way); asking when the
 * database does not answer is an {@link IllegalStateException}.
 */
public final class JobTable implements JobBoard {

    private static final Logger LOG = LoggerFactory.getLogger(JobTable.class);

    static final FeatureTables SCHEMA = new FeatureTables("ingest-jobs", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS ingest_job (id VARCHAR(64) PRIMARY KEY,"
                    + " submitted TIMESTAMP WITH TIME ZONE NOT NULL, over BOOLEAN NOT NULL, status CLOB NOT NULL)",
            "CREATE INDEX IF NOT EXISTS ingest_job_submitted ON ingest_job (submitted)")));

    private final FeatureStore store;

    /** The jobs' table in {@code database}, made or brought up to date. */
    public JobTable(LibraryDatabase database) throws SQLException {
        this.store = FeatureStore.open(database, SCHEMA, "ingest jobs");
    }

    @Override
    public void post(IngestJob.Status status) {
        try {
            String json = Json.mapper().writeValueAsString(status);
            store.using(c -> {
                FeatureStore.update(c, "MERGE INTO ingest_job (id, submitted, over, status) KEY (id)"
                        + " VALUES (?, ?, ?, ?)", status.id(), status.submitted(), JobBoard.over(status), json);
                return status.state() == IngestJob.State.QUEUED ? FeatureStore.update(c, "DELETE FROM ingest_job"
                        + " WHERE over AND id NOT IN (SELECT id FROM ingest_job ORDER BY submitted DESC"
                        + " FETCH FIRST ? ROWS ONLY)", JOBS_KEPT) : 0;
            });
        } catch (IllegalStateException | JsonProcessingException e) {
            LOG.warn("ingest job {} is {} but the library database was not told: {}", status.id(),
                    status.state().code(), e.getMessage());
        }
    }

    @Override
    public Optional<IngestJob.Status> find(String id) {
        List<IngestJob.Status> found = query("SELECT status FROM ingest_job WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<IngestJob.Status> latest() {
        return query("SELECT status FROM ingest_job ORDER BY submitted DESC FETCH FIRST " + JOBS_KEPT
                + " ROWS ONLY");
    }

    private List<IngestJob.Status> query(String sql, Object... values) {
        List<String> statuses = store.using(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = FeatureStore.prepare(c, sql, values);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
        List<IngestJob.Status> parsed = new ArrayList<>();
        for (String status : statuses) {
            try {
                parsed.add(Json.mapper().readValue(status, IngestJob.Status.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the library database holds an ingest job this release cannot"
                        + " read: " + e.getMessage(), e);
            }
        }
        return parsed;
    }
}
