package org.resourcelibrary.web.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.resourcelibrary.core.LibraryUnavailableException;
import org.resourcelibrary.indexer.ingest.ChangeLock;

/**
 * The librarians' turn to change the library, kept in the library database so that every web node sharing it
 * takes the same turn: a node holds it by locking the one row of {@code change_turn} in an open transaction,
 * and another node's {@code SELECT … FOR UPDATE} waits there until it is given back. The database gives it
 * back on its own if the node holding it dies (its connection closes and the transaction rolls back), so a
 * killed node never keeps the others from changing the library.
 */
public final class ChangeTurns implements ChangeLock {

    /** How long a change waits for the turn by default: longer than an upload's text extraction may take. */
    public static final Duration WAIT = Duration.ofMinutes(2);

    static final FeatureTables SCHEMA = new FeatureTables("change-turns", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS change_turn (name VARCHAR(32) PRIMARY KEY)",
            "MERGE INTO change_turn (name) KEY (name) VALUES ('library')")));

    private final LibraryDatabase database;
    private final FeatureStore store;
    private final Duration wait;

    private ChangeTurns(LibraryDatabase database, FeatureStore store, Duration wait) {
        this.database = database;
        this.store = store;
        this.wait = wait;
    }

    /** The turn in {@code database}, waited for at most {@code wait}. */
    public static ChangeTurns in(LibraryDatabase database, Duration wait) throws SQLException {
        return new ChangeTurns(database, FeatureStore.open(database, SCHEMA, "the librarians' turn"), wait);
    }

    @Override
    public Turn take() {
        Connection connection = null;
        try {
            connection = database.connect();
            int before = lockTimeout(connection);
            setLockTimeout(connection, wait.toMillis());
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT name FROM change_turn WHERE name = 'library' FOR UPDATE");
                 ResultSet row = lock.executeQuery()) {
                row.next();
            } catch (SQLException e) {
                giveBack(connection, before);
                throw new LibraryUnavailableException("another librarian's change, through another web node, has"
                        + " not ended in " + wait.toSeconds() + " s; try again", e);
            }
            Connection held = connection;
            return () -> giveBack(held, before);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new LibraryUnavailableException(store.unanswered(e).getMessage(), e);
        }
    }

    /** Ends the transaction (which lets the row go) and returns the connection to the pool as it was taken. */
    private void giveBack(Connection connection, int lockTimeout) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            setLockTimeout(connection, lockTimeout);
        } catch (SQLException e) {
            throw new LibraryUnavailableException(store.unanswered(e).getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static int lockTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void setLockTimeout(Connection connection, long millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + millis);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken: the pool drops it, and the database ended its transaction with it.
        }
    }
}
