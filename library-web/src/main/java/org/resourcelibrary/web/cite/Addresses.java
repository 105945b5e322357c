package org.resourcelibrary.web.cite;

import io.javalin.http.Context;

/**
 * Absolute addresses of the library's pages, as a citation or a reference manager needs them: a citation is read
 * far from the page it was made on. The origin is the one the request reached.
 */
public final class Addresses {

    private Addresses() {
    }

    /** {@code path} (absolute, from {@code /}) on the origin {@code ctx} was sent to. */
    public static String absolute(Context ctx, String path) {
        return ctx.scheme() + "://" + ctx.host() + path;
    }
}
