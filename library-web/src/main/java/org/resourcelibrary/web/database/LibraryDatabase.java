package org.resourcelibrary.web.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The library's own database (H2: embedded in {@code data/library-db}, or an H2 server every web node shares, see
 * {@link DatabaseAddress}), shared by every feature that keeps rows of its own. Connections come from one pool,
 * so the database stays open between operations instead of being opened and closed by each one. Each feature's
 * {@link FeatureTables} is migrated once, in order, its version recorded
 * in {@code schema_feature}.
 */
public final class LibraryDatabase implements AutoCloseable {

    /** The database's directory within the data directory. */
    public static final String DIRECTORY = "library-db";
    /** Connections open at once: the web server's request threads and the analytics writer share them. */
    static final int MAX_CONNECTIONS = 16;
    /** How long an operation waits for a free connection before it fails (and is reported, never hangs). */
    static final int CONNECTION_WAIT_SECONDS = 5;
    /** Times a feature's migration is tried before its failure stops the start. */
    static final int MIGRATION_ATTEMPTS = 3;

    private final JdbcConnectionPool pool;

    private LibraryDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating when new) the embedded database under {@code dataRoot}, with each schema migrated. */
    public static LibraryDatabase open(Path dataRoot, FeatureTables... schemas) throws SQLException {
        return open(DatabaseAddress.embedded(dataRoot), schemas);
    }

    /** Opens the database at {@code address} (created when new, if its server allows), each schema migrated. */
    public static LibraryDatabase open(DatabaseAddress address, FeatureTables... schemas) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(address.url(), address.user(), address.password());
        pool.setMaxConnections(MAX_CONNECTIONS);
        pool.setLoginTimeout(CONNECTION_WAIT_SECONDS);
        LibraryDatabase database = new LibraryDatabase(pool);
        try {
            for (FeatureTables schema : schemas) {
                database.migrate(schema);
            }
        } catch (SQLException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** A connection from the pool; the caller closes it (which returns it to the pool). */
    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Brings a feature's tables up to its latest version (nothing when they are). Web nodes sharing a database
     * may start together and migrate it at once; H2 makes each statement of a version on its own, so one node's
     * {@code CREATE … IF NOT EXISTS} can fail on what the other has just made. The migration is then run again,
     * from the version recorded, up to {@link #MIGRATION_ATTEMPTS} times.
     */
    public synchronized void migrate(FeatureTables schema) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                migrateOnce(schema);
                return;
            } catch (SQLException e) {
                if (attempt == MIGRATION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void migrateOnce(FeatureTables schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_feature (feature VARCHAR(64) PRIMARY KEY,"
                    + " version INT NOT NULL)");
            int current = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version FROM schema_feature WHERE feature = ?")) {
                select.setString(1, schema.feature());
                try (ResultSet rows = select.executeQuery()) {
                    current = rows.next() ? rows.getInt(1) : 0;
                }
            }
            for (int version = current + 1; version <= schema.versions().size(); version++) {
                connection.setAutoCommit(false);
                try {
                    for (String sql : schema.versions().get(version - 1)) {
                        statement.execute(sql);
                    }
                    try (PreparedStatement record = connection.prepareStatement(
                            "MERGE INTO schema_feature (feature, version) KEY (feature) VALUES (?, ?)")) {
                        record.setString(1, schema.feature());
                        record.setInt(2, version);
                        record.executeUpdate();
                    }
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    /** Closes every connection: the database file is closed once no other opening of it is in use. */
    @Override
    public void close() {
        pool.dispose();
    }
}
