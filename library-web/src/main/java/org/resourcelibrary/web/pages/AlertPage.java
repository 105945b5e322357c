package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.i18n.Messages;

/**
 * {@code /alerts/confirm}, {@code /alerts/unsubscribe} and {@code /alerts/forget}: what a person opens from an
 * alert e-mail. A page with one button, which posts back to the same address: a link opened by a mail scanner
 * must not confirm or unsubscribe anyone. The post does it and answers with a page saying what was done, in the
 * page's language (mail clients' one-click unsubscribe posts to the API instead, RFC 8058).
 */
final class AlertPage {

    static final String CONFIRM = "/alerts/confirm";
    static final String UNSUBSCRIBE = "/alerts/unsubscribe";
    static final String FORGET = "/alerts/forget";
    private static final String TOKEN = "token";

    private final Templates templates;
    private final Alerts alerts;

    AlertPage(Templates templates, Alerts alerts) {
        this.templates = templates;
        this.alerts = alerts;
    }

    void askConfirm(Context ctx) {
        ask(ctx, "alert.confirm.title", "alert.confirm.text", CONFIRM, "alert.confirm");
    }

    void askUnsubscribe(Context ctx) {
        ask(ctx, "alert.stop", "alert.stop.text", UNSUBSCRIBE, "alert.stop");
    }

    void askForget(Context ctx) {
        ask(ctx, "alert.forget.title", "alert.forget.text", FORGET, "alert.forget");
    }

    void confirm(Context ctx) throws SQLException {
        if (available(ctx)) {
            boolean confirmed = alerts.confirm(token(ctx)).isPresent();
            if (!confirmed) {
                ctx.status(HttpStatus.NOT_FOUND);
            }
            done(ctx, confirmed ? "alert.confirmed" : "alert.confirm.unknown");
        }
    }

    void unsubscribe(Context ctx) throws SQLException {
        if (available(ctx)) {
            alerts.unsubscribe(token(ctx));
            // The same answer whether or not it was still subscribed: a second click is not an error.
            done(ctx, "alert.unsubscribed");
        }
    }

    void forget(Context ctx) throws SQLException {
        if (available(ctx)) {
            int removed = alerts.forget(token(ctx));
            Messages ui = Messages.of(ctx);
            templates.render(ctx, "alert.jte", new AlertView(ui.text("alert.forget.title"),
                    ui.text("alert.forgotten", removed), null, null));
        }
    }

    /** Whether alerts are on; when off, the page says so (503). */
    private boolean available(Context ctx) {
        if (alerts.on()) {
            return true;
        }
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
        done(ctx, "alert.off");
        return false;
    }

    private static String token(Context ctx) {
        String token = ctx.queryParam(TOKEN);
        return token == null ? "" : token;
    }

    /** The page whose title, text and button are the messages {@code title}, {@code text} and {@code button}. */
    private void ask(Context ctx, String title, String text, String path, String button) {
        Messages ui = Messages.of(ctx);
        templates.render(ctx, "alert.jte", new AlertView(ui.text(title), ui.text(text), ui.href(path + "?"
                + TOKEN + "=" + URLEncoder.encode(token(ctx), StandardCharsets.UTF_8)), ui.text(button)));
    }

    /** The page saying what was done: the message {@code text}, under the alerts' heading. */
    private void done(Context ctx, String text) {
        Messages ui = Messages.of(ctx);
        templates.render(ctx, "alert.jte", new AlertView(ui.text("alert.title"), ui.text(text), null, null));
    }
}
