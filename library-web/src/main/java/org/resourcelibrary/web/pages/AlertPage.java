package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        render(ctx, "Stop this alert", "You will receive no more e-mails for this search.", "unsubscribe",
                "Stop this alert");
    }

    void forget(Context ctx) {
        render(ctx, "Delete your address", "Every alert of your address is deleted, and the address with them.",
                "forget", "Delete my address and alerts");
    }

    private void render(Context ctx, String title, String text, String action, String button) {
        String token = ctx.queryParam("token");
        templates.render(ctx, "alert.jte", new AlertView(title, text, "/api/alerts/" + action + "?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8), button));
    }
}
