package org.resourcelibrary.web.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One feature's way into the library database: its tables made or brought up to date when opened, and each use
 * given a pooled connection, with a database that does not answer turned into an {@link IllegalStateException}
 * naming the feature, so every table reports trouble the same way and none repeats the connection handling.
 */
public final class FeatureStore {

    private final LibraryDatabase database;
    private final String about;

    private FeatureStore(LibraryDatabase database, String about) {
        this.database = database;
        this.about = about;
    }

    /**
     * The feature's tables in {@code database}, migrated.
     *
     * @param about what the feature keeps, for messages ("librarian sessions")
     */
    public static FeatureStore open(LibraryDatabase database, FeatureTables schema, String about)
            throws SQLException {
        database.migrate(schema);
        return new FeatureStore(database, about);
    }

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A connection from the pool, for a feature that reports the database's silence itself; the caller closes it. */
    public Connection connect() throws SQLException {
        return database.connect();
    }

    /** Runs {@code work} on a connection from the pool. */
    public <T> T using(Work<T> work) {
        try (Connection connection = database.connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw unanswered(e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws, so rows it
     * locked ({@code FOR UPDATE}) are held until then.
     */
    public <T> T inTransaction(Work<T> work) {
        return using(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Runs one statement with {@code values} bound in order (an {@link Instant} as a timestamp); rows changed. */
    public int update(String sql, Object... values) {
        return using(connection -> update(connection, sql, values));
    }

    /** {@link #update(String, Object...)} on a connection the caller holds. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    /** A statement with {@code values} bound in order; the caller closes it. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                statement.setObject(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
            }
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    /** The database's silence as the failure callers see. */
    public IllegalStateException unanswered(SQLException e) {
        return new IllegalStateException("the library database did not answer about " + about + ": "
                + e.getMessage(), e);
    }
}
