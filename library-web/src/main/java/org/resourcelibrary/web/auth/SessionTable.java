package org.resourcelibrary.web.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;
import org.resourcelibrary.web.database.FeatureStore;
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

    private final FeatureStore store;

    /** The sessions' table in {@code database}, made or brought up to date. */
    public SessionTable(LibraryDatabase database) throws SQLException {
        this.store = FeatureStore.open(database, SCHEMA, "librarian sessions");
    }

    @Override
    public void save(Session session) {
        store.update("MERGE INTO librarian_session (id_hash, csrf_token, created, last_used) KEY (id_hash)"
                + " VALUES (?, ?, ?, ?)", key(session.id()), session.csrfToken(), session.created(),
                session.lastUsed());
    }

    @Override
    public Optional<Session> load(String id) {
        return store.using(c -> {
            try (PreparedStatement select = FeatureStore.prepare(c,
                    "SELECT csrf_token, created, last_used FROM librarian_session WHERE id_hash = ?", key(id));
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Session(id, rows.getString(1),
                        rows.getTimestamp(2).toInstant(), rows.getTimestamp(3).toInstant())) : Optional.empty();
            }
        });
    }

    @Override
    public void delete(String id) {
        store.update("DELETE FROM librarian_session WHERE id_hash = ?", key(id));
    }

    @Override
    public void sweep(Instant idleBefore, Instant openedBefore, int keep) {
        store.using(c -> {
            FeatureStore.update(c, "DELETE FROM librarian_session WHERE last_used < ? OR created < ?", idleBefore,
                    openedBefore);
            return FeatureStore.update(c, "DELETE FROM librarian_session WHERE id_hash IN"
                    + " (SELECT id_hash FROM librarian_session ORDER BY last_used DESC OFFSET ? ROWS)", keep);
        });
    }

    private static String key(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(AccessTokens.hash(id));
    }

}
