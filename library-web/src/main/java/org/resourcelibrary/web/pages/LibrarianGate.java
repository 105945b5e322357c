package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.Optional;
import org.resourcelibrary.web.auth.LibrarianSessions;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;
import org.resourcelibrary.web.i18n.Messages;

/**
 * Who is signed in to the librarian page, and whether a form sent to it is genuine. The session travels in
 * a cookie that scripts cannot read ({@code HttpOnly}), that other sites' pages never send
 * ({@code SameSite=Strict}) and that only goes over HTTPS when the page was served over HTTPS. A POST must
 * come from this site's own pages (its {@code Origin}, when the browser sends one) and, once signed in,
 * carry the session's CSRF token.
 */
final class LibrarianGate {

    static final String COOKIE = "librarian_session";
    /** The form field carrying the CSRF token. */
    static final String CSRF_FIELD = "csrf";
    /** The cookie is only sent to the librarian page. */
    static final String COOKIE_PATH = "/librarian";

    /** Why a form was refused. */
    enum Refusal {
        /** Sent from another site's page. */
        CROSS_ORIGIN,
        /** Not signed in, or the session has ended. */
        SIGNED_OUT,
        /** The form's CSRF token is missing or not this session's. */
        FORGED
    }

    /** A POST's verdict: the session when genuine, the refusal otherwise. */
    record Verdict(Session session, Refusal refusal) {
    }

    private final LibrarianSessions sessions;

    LibrarianGate(LibrarianSessions sessions) {
        this.sessions = sessions;
    }

    Optional<Session> session(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE));
    }

    /** The session of a librarian's page; when signed out, empty and the answer sends to the sign-in page. */
    Optional<Session> sessionOrSignIn(Context ctx) {
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(Messages.of(ctx).href(LibrarianPage.PATH), HttpStatus.SEE_OTHER);
        }
        return session;
    }

    /** Opens a session for the librarian who has just signed in, replacing any session the browser had. */
    Session signIn(Context ctx) {
        sessions.close(ctx.cookie(COOKIE));
        Session session = sessions.open();
        ctx.cookie(cookie(ctx, session.id(), -1));
        return session;
    }

    void signOut(Context ctx, Session session) {
        sessions.close(session.id());
        ctx.cookie(cookie(ctx, "", 0));
    }

    /** Checks a signed-in librarian's form. */
    Verdict verify(Context ctx) {
        Verdict sender = verifySender(ctx);
        if (sender.refusal() != null) {
            return sender;
        }
        if (!LibrarianSessions.csrfMatches(sender.session(), ctx.formParam(CSRF_FIELD))) {
            return new Verdict(null, Refusal.FORGED);
        }
        return sender;
    }

    /**
     * Checks what a form's headers say (its origin and session) without reading its body: an upload is only
     * received from a signed-in librarian on this site, and then {@link #verify verified} with its token.
     */
    Verdict verifySender(Context ctx) {
        if (!sameOrigin(ctx)) {
            return new Verdict(null, Refusal.CROSS_ORIGIN);
        }
        return session(ctx).map(session -> new Verdict(session, null))
                .orElseGet(() -> new Verdict(null, Refusal.SIGNED_OUT));
    }

    /**
     * Whether the request comes from this site's pages: browsers name the page's origin on every POST; a
     * request without the header (an old browser, a script) is judged by its CSRF token alone.
     */
    static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return !"cross-site".equals(ctx.header("Sec-Fetch-Site"));
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(ctx.host());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return new Cookie(COOKIE, value, COOKIE_PATH, maxAge, https, true, null, SameSite.STRICT);
    }
}
