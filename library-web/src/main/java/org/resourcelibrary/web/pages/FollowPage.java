package org.resourcelibrary.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.sql.SQLException;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.web.PublicAddress;
import org.resourcelibrary.web.api.AlertEndpoints;
import org.resourcelibrary.web.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /alerts/follow?<the search's parameters>}: the results page's form "E-mail me new documents for
 * this search". It follows the search through the API's own subscription ({@link AlertEndpoints#follow}) and
 * answers with a page: where the confirmation link went, or the problem in words with the form again.
 */
final class FollowPage {

    static final String PATH = "/alerts/follow";
    private static final Logger LOG = LoggerFactory.getLogger(FollowPage.class);

    private final AlertEndpoints alerts;
    private final Templates templates;
    private final PublicAddress address;

    FollowPage(AlertEndpoints alerts, Templates templates, PublicAddress address) {
        this.address = address;
        this.alerts = alerts;
        this.templates = templates;
    }

    /** The follow form's action for the search at {@code searchHref} (the search page's {@code /?…} URL). */
    static String action(String searchHref) {
        return PATH + searchHref.substring(1);
    }

    void follow(Context ctx) throws SQLException {
        // The member is anonymous, so there is no session to hold a CSRF token; an Origin (or Sec-Fetch-Site)
        // check is enough here: every browser names the page's origin on a form POST, so another site's page
        // cannot post this form in a member's name, and a client without the header could call POST
        // /api/alerts directly anyway. The confirmation e-mail (double opt-in) guards the address itself.
        if (!fromThisLibrary(ctx)) {
            Messages ui = Messages.of(ctx);
            ErrorPages.render(ctx, templates, new ErrorView(HttpStatus.FORBIDDEN.getCode(),
                    ui.text("follow.foreign.title"), ui.text("follow.foreign")));
            return;
        }
        String searchHref = "/" + (ctx.queryString() == null || ctx.queryString().isEmpty() ? ""
                : "?" + ctx.queryString());
        String typed = ctx.formParam(AlertEndpoints.EMAIL);
        String frequency = ctx.formParam(AlertEndpoints.FREQUENCY);
        try {
            String address = alerts.follow(ctx).address();
            render(ctx, FollowView.sent(address, searchHref));
        } catch (InvalidRequestException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, FollowView.refused(Messages.of(ctx).reason(e), searchHref, action(searchHref), typed,
                    frequency));
        } catch (HttpResponseException e) {
            // Too many requests, or alerts off: sending the form again would not help, so it is not shown. The
            // API's English detail is for clients; the page says it in its own language.
            ctx.status(e.getStatus());
            String reason = Messages.of(ctx).text(e.getStatus() == HttpStatus.TOO_MANY_REQUESTS.getCode()
                    ? "follow.tooMany" : "follow.off");
            render(ctx, FollowView.refused(reason, searchHref, null, typed, frequency));
        } catch (MessagingException e) {
            // An unconfirmed request sends nothing, so asking again is safe.
            LOG.warn("confirmation e-mail not sent: {}", e.getMessage());
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            render(ctx, FollowView.refused(Messages.of(ctx).text("follow.unsent"), searchHref, action(searchHref),
                    typed, frequency));
        }
    }

    /**
     * Whether the form was sent from the library's pages: as the request names its host, or, behind a proxy that
     * passes on another Host, as the configured public URL does.
     */
    private boolean fromThisLibrary(Context ctx) {
        if (LibrarianGate.sameOrigin(ctx)) {
            return true;
        }
        String origin = ctx.header(Header.ORIGIN);
        try {
            String authority = origin == null ? null : URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(URI.create(address.base(ctx)).getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void render(Context ctx, FollowView view) {
        templates.render(ctx, "follow.jte", view);
    }
}
