package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.time.Duration;
import org.resourcelibrary.web.auth.LibrarianAccess;

/**
 * Guards the librarian endpoints with {@code Authorization: Bearer <token>}: 401 with a
 * {@code WWW-Authenticate} challenge when the header is missing or malformed, 403 when the token is wrong or
 * revoked, 429 with {@code Retry-After} while the client's address is blocked after repeated failures.
 * Tokens never appear in a response or a log line.
 */
final class LibrarianAuth {

    static final String CHALLENGE = "Bearer realm=\"library\"";
    private static final String SCHEME = "Bearer ";

    private final LibrarianAccess access;

    LibrarianAuth(LibrarianAccess access) {
        this.access = access;
    }

    /** {@code handler}, run only for an authorised librarian. */
    Handler protect(Handler handler) {
        return ctx -> {
            authorize(ctx);
            handler.handle(ctx);
        };
    }

    private void authorize(Context ctx) {
        access.retryAfter(ctx.ip()).ifPresent(wait -> throttled(ctx, wait));
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            ctx.header(Header.WWW_AUTHENTICATE, CHALLENGE);
            throw new UnauthorizedResponse("this endpoint is for librarians: send Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || header.substring(SCHEME.length()).isBlank()) {
            ctx.header(Header.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_request\"");
            throw new UnauthorizedResponse("the Authorization header must be 'Bearer <token>'");
        }
        switch (access.check(header.substring(SCHEME.length()).strip(), ctx.ip())) {
            case GRANTED -> {
            }
            case THROTTLED -> throttled(ctx, access.retryAfter(ctx.ip()).orElse(Duration.ofSeconds(1)));
            case DENIED -> throw new ForbiddenResponse(access.configured()
                    ? "the token is not valid (wrong or revoked)"
                    : "no librarian tokens are configured on this server (LIBRARY_TOKENS or serve --tokens)");
        }
    }

    private static void throttled(Context ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
        throw new TooManyRequestsResponse("too many failed attempts from this address; try again in " + seconds
                + " s");
    }
}
