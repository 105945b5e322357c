package org.resourcelibrary.web.api;

import org.resourcelibrary.web.PublicAddress;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.mail.MessagingException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.alerts.AlertRefusal;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.alerts.AlertsOff;
import org.resourcelibrary.web.alerts.Subscription.Frequency;
import org.resourcelibrary.web.i18n.Messages;

/**
 * {@code POST /api/alerts?<the /api/search parameters>} (form fields {@code email}, {@code frequency}): follow a
 * search by e-mail (202; the confirmation e-mail does the rest), and the links those e-mails carry: confirm,
 * one-click unsubscribe (RFC 8058) and forget the address.
 */
public final class AlertEndpoints {

    public static final String EMAIL = "email";
    public static final String FREQUENCY = "frequency";
    static final String TOKEN = "token";

    private final Alerts alerts;
    private final Vocabulary vocabulary;
    private final PublicAddress address;

    public AlertEndpoints(Alerts alerts, Vocabulary vocabulary, PublicAddress address) {
        this.address = address;
        this.alerts = alerts;
        this.vocabulary = vocabulary;
    }

    /** How alerts read a stored search: exactly as {@code GET /api/search} reads its parameters. */
    public static Function<String, SearchRequest> searches(Vocabulary vocabulary) {
        return queryString -> SearchRequests.fromQueryString(queryString, vocabulary);
    }

    /** {@code POST /api/alerts}. */
    void subscribe(Context ctx) throws SQLException, MessagingException {
        Following following = follow(ctx);
        ctx.status(HttpStatus.ACCEPTED).json(new Accepted("a confirmation e-mail was sent; nothing else is sent"
                + " until its link is followed", following.language()));
    }

    /**
     * Follows the search a request's query string names, for the address and frequency of its form: the one
     * way in for the API and the results page's form alike. Its e-mails are written in the language the page
     * is shown in: {@code lang}, else the browser's {@code Accept-Language}, else English.
     *
     * @return the address the confirmation e-mail was sent to, and the language of the alert's e-mails
     * @throws InvalidRequestException a bad search (a {@code lang} that is none of the four included), address
     *                                 or frequency (400)
     * @throws HttpResponseException   too many requests for the address (429), alerts off (503)
     */
    public Following follow(Context ctx) throws SQLException, MessagingException {
        requireOn();
        // The search is checked now, as GET /api/search checks it, not when its first digest is due.
        SearchRequests.of(ctx, vocabulary);
        String frequency = ctx.formParam(FREQUENCY);
        Frequency chosen = frequency == null || frequency.isBlank() ? Frequency.WEEKLY : Arrays.stream(
                Frequency.values()).filter(f -> f.param().equals(frequency.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidRequestException(FREQUENCY, AlertRefusal.ALERT_FREQUENCY,
                        QueryParameters.shorten(frequency)));
        String language = Messages.languageOf(ctx);
        try {
            return new Following(alerts.subscribe(ctx.formParam(EMAIL), ctx.queryString() == null ? ""
                    : ctx.queryString(), chosen, address.base(ctx), language), language);
        } catch (Alerts.InvalidAddress e) {
            throw new InvalidRequestException(EMAIL, e.refusal(), e.arguments());
        } catch (Alerts.TooManyRequests e) {
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), e.getMessage());
        } catch (AlertsOff e) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), e.getMessage());
        }
    }

    /** {@code GET /api/alerts/confirm?token=}: the confirmation e-mail's link. */
    void confirm(Context ctx) throws SQLException {
        alerts.confirm(token(ctx)).orElseThrow(() -> new NotFoundResponse("no alert waits for this confirmation;"
                + " it may have been cancelled"));
        ctx.contentType("text/plain; charset=utf-8").result("Your alert is confirmed. Each message it sends has a"
                + " link to stop it.\n");
    }

    /** {@code POST /api/alerts/unsubscribe?token=}: one click (RFC 8058), from the mail client or a person. */
    void unsubscribe(Context ctx) throws SQLException {
        alerts.unsubscribe(token(ctx));
        // Answered the same whether or not it was still subscribed: a second click is not an error.
        ctx.contentType("text/plain; charset=utf-8").result("You are unsubscribed from this alert.\n");
    }

    /** {@code POST /api/alerts/forget?token=}: delete every subscription of the address the token was sent to. */
    void forget(Context ctx) throws SQLException {
        int removed = alerts.forget(token(ctx));
        ctx.contentType("text/plain; charset=utf-8").result("Deleted: " + removed + (removed == 1 ? " alert" : " alerts")
                + " and the address with them.\n");
    }

    private void requireOn() {
        if (!alerts.on()) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), new AlertsOff().getMessage());
        }
    }

    private String token(Context ctx) {
        requireOn();
        String token = QueryParameters.of(ctx, Set.of(TOKEN)).single(TOKEN);
        if (token == null) {
            throw new InvalidRequestException(TOKEN, "token is missing: use the link from the e-mail");
        }
        return token;
    }

    /**
     * A search followed.
     *
     * @param address  where the confirmation e-mail went, as checked
     * @param language the language of the alert's e-mails (ISO 639-1)
     */
    public record Following(String address, String language) {
    }

    /** The body of a 202: what happens next, and the language the alert's e-mails are written in. */
    record Accepted(String detail, String language) {
    }
}
