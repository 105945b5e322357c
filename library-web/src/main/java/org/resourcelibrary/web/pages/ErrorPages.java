package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.resourcelibrary.web.i18n.Messages;

/**
 * Error pages in HTML for the page routes (the API answers problem+json instead): a page that fails
 * unexpectedly logs the failure and shows a short apology, never a stack trace.
 */
final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    static void render(Context ctx, Templates templates, ErrorView error) {
        ctx.status(error.status());
        templates.render(ctx, "error.jte", error);
    }

    /** The 404 page of a document that is not (or no longer) in the library. */
    static void documentNotFound(Context ctx, Templates templates, String id) {
        Messages ui = Messages.of(ctx);
        render(ctx, templates, new ErrorView(404, ui.text("error.notFound.title"), ui.text("error.notFound", id)));
    }

    /** {@code handler}, with any failure it does not handle itself turned into a 500 page. */
    static Handler guarded(Templates templates, Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                Messages ui = Messages.of(ctx);
                render(ctx, templates, new ErrorView(500, ui.text("error.failed.title"), ui.text("error.failed")));
            }
        };
    }
}
