package org.resourcelibrary.web.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.database.FeatureTables;

/**
 * Librarian sessions in the library database, so that every web node sharing it knows every signed-in librarian.
 * A session is found by the SHA-256 of its id, never the id itself: whoever reads the table (a backup, an
 * operator) cannot sign in with what they read. A database that does not answer is an
 * {@link IllegalStateException}: the librarian is told the page failed, never signed in or out by mistake.
 */
public final class SessionTable implements SessionStore {

    static final FeatureTables SCHEMA = new FeatureTables("librarian-sessions", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS librarian_session (id_hash VARCHAR(64) PRIMARY KEY,"
                    + " csrf_token VARCHAR(64) NOT NULL, created TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " last_used TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE INDEX IF NOT EXISTS librarian_session_last_used ON librarian_session (last_used)")));

    private final LibraryDatabase database;

    /** The sessions' table in {@code database}, made or brought up to date. */
    public SessionTable(LibraryDatabase database) throws SQLException {
        database.migrate(SCHEMA);
        this.database = database;
    }

    @Override
    public void save(Session session) {
        try (Connection c = database.connect(); PreparedStatement merge = c.prepareStatement(
                "MERGE INTO librarian_session (id_hash, csrf_token, created, last_used) KEY (id_hash)"
                        + " VALUES (?, ?, ?, ?)")) {
            merge.setString(1, key(session.id()));
            merge.setString(2, session.csrfToken());
            merge.setTimestamp(3, Timestamp.from(session.created()));
            merge.setTimestamp(4, Timestamp.from(session.lastUsed()));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    @Override
    public Optional<Session> load(String id) {
        try (Connection c = database.connect(); PreparedStatement select = c.prepareStatement(
                "SELECT csrf_token, created, last_used FROM librarian_session WHERE id_hash = ?")) {
            select.setString(1, key(id));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Session(id, rows.getString(1),
                        rows.getTimestamp(2).toInstant(), rows.getTimestamp(3).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    @Override
    public void delete(String id) {
        try (Connection c = database.connect(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM librarian_session WHERE id_hash = ?")) {
            delete.setString(1, key(id));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    @Override
    public void sweep(Instant idleBefore, Instant openedBefore, int keep) {
        try (Connection c = database.connect();
             PreparedStatement expired = c.prepareStatement(
                     "DELETE FROM librarian_session WHERE last_used < ? OR created < ?");
             PreparedStatement surplus = c.prepareStatement("DELETE FROM librarian_session WHERE id_hash IN"
                     + " (SELECT id_hash FROM librarian_session ORDER BY last_used DESC OFFSET ? ROWS)")) {
            expired.setTimestamp(1, Timestamp.from(idleBefore));
            expired.setTimestamp(2, Timestamp.from(openedBefore));
            expired.executeUpdate();
            surplus.setInt(1, keep);
            surplus.executeUpdate();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private static String key(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(AccessTokens.hash(id));
    }

    private static IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException("the library database did not answer about librarian sessions: "
                + e.getMessage(), e);
    }
}
