package org.resourcelibrary.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed-in librarians of the librarian page: a session is opened by a valid token and then named by an
 * unguessable cookie value. Each session has its own CSRF token (the synchronizer-token pattern) that every form
 * of the page carries and every POST must return. Sessions end on sign-out, after {@link #IDLE_TIMEOUT} without
 * use, or {@link #MAX_AGE} after sign-in. Where they are kept is the {@link SessionStore}'s business: in this
 * process (a restart signs everyone out), or in the library database every web node shares, so a librarian
 * signed in through one node is signed in on all of them.
 */
public final class LibrarianSessions {

    /** A session unused this long is over. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** A session is over this long after sign-in, however busy. */
    public static final Duration MAX_AGE = Duration.ofHours(8);
    /** Sessions kept at most; past it the least recently used is closed. */
    public static final int MAX_SESSIONS = 1_000;
    /** Random bytes in a session id and a CSRF token. */
    private static final int TOKEN_BYTES = 32;

    /** A signed-in librarian. */
    public record Session(String id, String csrfToken, Instant created, Instant lastUsed) {
    }

    private final SessionStore store;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public LibrarianSessions(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Sessions kept in this process only. */
    public static LibrarianSessions inMemory() {
        return new LibrarianSessions(SessionStore.inMemory(), Clock.systemUTC());
    }

    /** Opens a session for a librarian who has just proved a token. */
    public Session open() {
        Instant now = clock.instant();
        store.sweep(now.minus(IDLE_TIMEOUT), now.minus(MAX_AGE), MAX_SESSIONS - 1);
        Session session = new Session(randomToken(), randomToken(), now, now);
        store.save(session);
        return session;
    }

    /** The live session with this id, marked as used now; empty when unknown, signed out or expired. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Session> found = store.load(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        Instant now = clock.instant();
        if (expired(session, now)) {
            store.delete(id);
            return Optional.empty();
        }
        Session used = new Session(session.id(), session.csrfToken(), session.created(), now);
        store.save(used);
        return Optional.of(used);
    }

    public void close(String id) {
        if (id != null) {
            store.delete(id);
        }
    }

    /** Whether {@code presented} is the session's CSRF token, compared in constant time. */
    public static boolean csrfMatches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(IDLE_TIMEOUT)) || !now.isBefore(session.created().plus(MAX_AGE));
    }

    private String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
