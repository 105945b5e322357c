package org.resourcelibrary.web.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.ingest.IngestJob;
import org.resourcelibrary.indexer.ingest.JobBoard;
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

    private final LibraryDatabase database;

    /** The jobs' table in {@code database}, made or brought up to date. */
    public JobTable(LibraryDatabase database) throws SQLException {
        database.migrate(SCHEMA);
        this.database = database;
    }

    @Override
    public void post(IngestJob.Status status) {
        try (Connection c = database.connect();
             PreparedStatement merge = c.prepareStatement("MERGE INTO ingest_job (id, submitted, over, status)"
                     + " KEY (id) VALUES (?, ?, ?, ?)");
             PreparedStatement forget = c.prepareStatement("DELETE FROM ingest_job WHERE over AND id NOT IN"
                     + " (SELECT id FROM ingest_job ORDER BY submitted DESC FETCH FIRST ? ROWS ONLY)")) {
            merge.setString(1, status.id());
            merge.setTimestamp(2, Timestamp.from(status.submitted()));
            merge.setBoolean(3, JobBoard.over(status));
            merge.setString(4, Json.mapper().writeValueAsString(status));
            merge.executeUpdate();
            if (status.state() == IngestJob.State.QUEUED) {
                forget.setInt(1, JOBS_KEPT);
                forget.executeUpdate();
            }
        } catch (SQLException | JsonProcessingException e) {
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

    private List<IngestJob.Status> query(String sql, String... values) {
        try (Connection c = database.connect(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            List<IngestJob.Status> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(Json.mapper().readValue(rows.getString(1), IngestJob.Status.class));
                }
            }
            return found;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the library database did not answer about ingest jobs: "
                    + e.getMessage(), e);
        }
    }
}
