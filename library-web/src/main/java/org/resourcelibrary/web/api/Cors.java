package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import org.resourcelibrary.web.WebSettings;

/**
 * Cross-origin access to the read endpoints (only): a browser page from an allowed origin may GET them and read
 * the caching and range headers. The librarian endpoints get no CORS headers, so a browser refuses to let
 * another site's page call them.
 */
final class Cors {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Range, Range";
    static final String EXPOSED_HEADERS = "ETag, Content-Range, Content-Disposition, Content-Length, Accept-Ranges";
    /** How long a browser may cache a preflight answer, in seconds. */
    static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

    private final WebSettings settings;

    Cors(WebSettings settings) {
        this.settings = settings;
    }

    /** Before a read endpoint: adds the CORS headers when the request's origin is allowed. */
    void allow(Context ctx) {
        ctx.header(Header.VARY, Header.ORIGIN);
        HandlerType method = ctx.method();
        if (method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS) {
            return;
        }
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null || !settings.allowsOrigin(origin)) {
            return;
        }
        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN,
                settings.corsOrigins().contains(WebSettings.ANY_ORIGIN) ? WebSettings.ANY_ORIGIN : origin);
        ctx.header(Header.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
    }

    /** {@code OPTIONS} on a read endpoint: the preflight answer. */
    void preflight(Context ctx) {
        allow(ctx);
        if (ctx.res().getHeader(Header.ACCESS_CONTROL_ALLOW_ORIGIN) != null) {
            ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            ctx.header(Header.ACCESS_CONTROL_MAX_AGE, Integer.toString(PREFLIGHT_MAX_AGE_SECONDS));
        }
        ctx.header(Header.ALLOW, ALLOWED_METHODS);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
