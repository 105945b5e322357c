package org.resourcelibrary.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;
import org.resourcelibrary.web.database.LibraryDatabase;

/** Librarian sessions kept in the library database: the same promises, and a session opened by one is everyone's. */
class SessionTableTest extends LibrarianSessionsTest {

    @TempDir
    Path dir;
    private LibraryDatabase database;

    @Override
    SessionStore store() throws Exception {
        database = LibraryDatabase.open(dir);
        return new SessionTable(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aSessionOpenedThroughOneStoreIsFoundAndClosedThroughAnother() throws Exception {
        LibrarianSessions one = new LibrarianSessions(new SessionTable(database), clock);
        LibrarianSessions other = new LibrarianSessions(new SessionTable(database), clock);

        Session session = one.open();

        assertThat(other.find(session.id())).hasValueSatisfying(
                found -> assertThat(found.csrfToken()).isEqualTo(session.csrfToken()));
        other.close(session.id());
        assertThat(one.find(session.id())).isEmpty();
    }

    @Test
    void theTableNeverHoldsASessionIdItself() throws Exception {
        Session session = new LibrarianSessions(new SessionTable(database), clock).open();

        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id_hash FROM librarian_session")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isNotEqualTo(session.id()).doesNotContain(session.id());
        }
    }
}
