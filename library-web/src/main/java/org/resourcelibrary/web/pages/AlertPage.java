package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.resourcelibrary.web.i18n.Messages;

/**
 * {@code /alerts/unsubscribe} and {@code /alerts/forget}: what a person opens from an alert e-mail. A page with
 * one button, which posts to the API: a link opened by a mail scanner must not unsubscribe anyone.
 */
final class AlertPage {

    private final Templates templates;

    AlertPage(Templates templates) {
        this.templates = templates;
    }

    void unsubscribe(Context ctx) {
        render(ctx, "alert.stop", "alert.stop.text", "unsubscribe", "alert.stop");
    }

    void forget(Context ctx) {
        render(ctx, "alert.forget.title", "alert.forget.text", "forget", "alert.forget");
    }

    /** The page whose title, text and button are the messages {@code title}, {@code text} and {@code button}. */
    private void render(Context ctx, String title, String text, String action, String button) {
        String token = ctx.queryParam("token");
        Messages ui = Messages.of(ctx);
        templates.render(ctx, "alert.jte", new AlertView(ui.text(title), ui.text(text), "/api/alerts/" + action
                + "?token=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8), ui.text(button)));
    }
}
