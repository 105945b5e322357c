package org.resourcelibrary.web.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in librarians of the librarian page, in memory: a session is opened by a valid token and then named
 * by an unguessable cookie value. Each session has its own CSRF token (the synchronizer-token pattern) that
 * every form of the page carries and every POST must return. Sessions end on sign-out, after
 * {@link #IDLE_TIMEOUT} without use, or {@link #MAX_AGE} after sign-in; a restart signs everyone out.
 */
final class LibrarianSessions {

    /** A session unused this long is over. */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** A session is over this long after sign-in, however busy. */
    static final Duration MAX_AGE = Duration.ofHours(8);
    /** Sessions kept at most; past it the least recently used is closed. */
    static final int MAX_SESSIONS = 1_000;
    /** Random bytes in a session id and a CSRF token. */
    private static final int TOKEN_BYTES = 32;

    /** A signed-in librarian. */
    record Session(String id, String csrfToken, Instant created, Instant lastUsed) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    LibrarianSessions(Clock clock) {
        this.clock = clock;
    }

    LibrarianSessions() {
        this(Clock.systemUTC());
    }

    /** Opens a session for a librarian who has just proved a token. */
    Session open() {
        sweep();
        Instant now = clock.instant();
        Session session = new Session(randomToken(), randomToken(), now, now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, marked as used now; empty when unknown, signed out or expired. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session used = new Session(session.id(), session.csrfToken(), session.created(), now);
        sessions.replace(id, session, used);
        return Optional.of(used);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Whether {@code presented} is the session's CSRF token, compared in constant time. */
    static boolean csrfMatches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(IDLE_TIMEOUT)) || !now.isBefore(session.created().plus(MAX_AGE));
    }

    /** Drops expired sessions, and the least recently used ones while there are too many. */
    private void sweep() {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> expired(session, now));
        while (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().min(Comparator.comparing(Session::lastUsed))
                    .ifPresent(oldest -> sessions.remove(oldest.id()));
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
