package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import org.resourcelibrary.web.analytics.SearchAnalytics;

/**
 * Counts a document's file as downloaded: a whole-file answer, or the first part of a ranged one (a PDF viewer
 * asks for a file in parts, and its first request starts at byte 0), never a HEAD, a revalidation or an error.
 */
final class Downloads {

    private Downloads() {
    }

    static void record(Context ctx, SearchAnalytics analytics) {
        if (ctx.method() != HandlerType.GET) {
            return;
        }
        String range = ctx.res().getHeader(Header.CONTENT_RANGE);
        boolean whole = ctx.status() == HttpStatus.OK;
        boolean first = ctx.status() == HttpStatus.PARTIAL_CONTENT && range != null && range.startsWith("bytes 0-");
        if (whole || first) {
            analytics.downloaded(ctx.pathParam("id"));
        }
    }
}
