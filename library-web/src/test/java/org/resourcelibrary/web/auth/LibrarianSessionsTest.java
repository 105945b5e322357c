package org.resourcelibrary.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;

/**
 * What librarian sessions promise, wherever they are kept: {@link InMemorySessionsTest} in this process,
 * {@link SessionTableTest} in the library database that web nodes share.
 */
abstract class LibrarianSessionsTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T09:00:00Z"));
    private LibrarianSessions sessions;

    /** The store under test, empty. */
    abstract SessionStore store() throws Exception;

    @BeforeEach
    void openSessions() throws Exception {
        sessions = new LibrarianSessions(store(), clock);
    }

    @Test
    void openedSessionIsFoundByItsIdWithItsOwnCsrfToken() {
        Session session = sessions.open();

        assertThat(sessions.find(session.id())).hasValueSatisfying(found -> {
            assertThat(found.csrfToken()).isEqualTo(session.csrfToken()).isNotEqualTo(session.id());
        });
        assertThat(sessions.open().csrfToken()).isNotEqualTo(session.csrfToken());
    }

    @Test
    void unknownIdFindsNothing() {
        sessions.open();

        assertThat(sessions.find("made-up")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void closedSessionIsGone() {
        Session session = sessions.open();

        sessions.close(session.id());

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void idleSessionExpiresButAUsedOneLivesOn() {
        Session idle = sessions.open();
        Session used = sessions.open();

        clock.advance(LibrarianSessions.IDLE_TIMEOUT.minusMinutes(1));
        assertThat(sessions.find(used.id())).isPresent();
        clock.advance(Duration.ofMinutes(2));

        assertThat(sessions.find(idle.id())).isEmpty();
        assertThat(sessions.find(used.id())).isPresent();
    }

    @Test
    void sessionEndsAtItsMaximumAgeHoweverBusy() {
        Session session = sessions.open();
        for (Duration elapsed = Duration.ZERO; elapsed.compareTo(LibrarianSessions.MAX_AGE) < 0;
             elapsed = elapsed.plus(Duration.ofMinutes(20))) {
            assertThat(sessions.find(session.id())).isPresent();
            clock.advance(Duration.ofMinutes(20));
        }

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void csrfTokenMustMatchExactly() {
        Session session = sessions.open();

        assertThat(LibrarianSessions.csrfMatches(session, session.csrfToken())).isTrue();
        assertThat(LibrarianSessions.csrfMatches(session, session.csrfToken() + "x")).isFalse();
        assertThat(LibrarianSessions.csrfMatches(session, "")).isFalse();
        assertThat(LibrarianSessions.csrfMatches(session, null)).isFalse();
    }

    @Test
    void tooManySessionsCloseTheLeastRecentlyUsed() {
        Session first = sessions.open();
        clock.advance(Duration.ofSeconds(1));
        Session second = sessions.open();
        for (int i = 2; i < LibrarianSessions.MAX_SESSIONS; i++) {
            clock.advance(Duration.ofMillis(1));
            sessions.open();
        }
        clock.advance(Duration.ofSeconds(1));
        sessions.find(first.id());

        sessions.open();

        assertThat(sessions.find(first.id())).isPresent();
        assertThat(sessions.find(second.id())).isEmpty();
    }
}
