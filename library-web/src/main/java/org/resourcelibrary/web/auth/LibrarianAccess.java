package org.resourcelibrary.web.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a presented token opens the librarian tools for a client address: the one check shared by
 * the librarian API (bearer tokens) and the librarian page (sign-in form), whose sessions it also keeps.
 */
public final class LibrarianAccess {

    /** The decision on one attempt. */
    public enum Decision {
        GRANTED,
        /** Wrong, revoked, or no tokens configured. */
        DENIED,
        /** Too many recent failures from this address: not even checked. See {@link #retryAfter}. */
        THROTTLED
    }

    private final AccessTokens tokens;
    private final FailedAttempts failures;
    private final LibrarianSessions sessions;

    /** Access whose page sessions are kept in {@code sessions}. */
    public LibrarianAccess(AccessTokens tokens, FailedAttempts failures, LibrarianSessions sessions) {
        this.tokens = tokens;
        this.failures = failures;
        this.sessions = sessions;
    }

    /** Access whose page sessions live in this process only. */
    public LibrarianAccess(AccessTokens tokens, FailedAttempts failures) {
        this(tokens, failures, LibrarianSessions.inMemory());
    }

    /** No tokens: the librarian tools are closed. */
    public static LibrarianAccess closed() {
        return new LibrarianAccess(AccessTokens.none(), new FailedAttempts());
    }

    public Decision check(String token, String address) {
        if (failures.blockedFor(address).isPresent()) {
            return Decision.THROTTLED;
        }
        if (tokens.accepts(token)) {
            failures.succeeded(address);
            return Decision.GRANTED;
        }
        failures.failed(address);
        return Decision.DENIED;
    }

    /** How long a throttled address must wait. */
    public Optional<Duration> retryAfter(String address) {
        return failures.blockedFor(address);
    }

    /** The librarian page's signed-in librarians. */
    public LibrarianSessions sessions() {
        return sessions;
    }

    /** Whether any token is configured at all. */
    public boolean configured() {
        return tokens.configured();
    }
}
