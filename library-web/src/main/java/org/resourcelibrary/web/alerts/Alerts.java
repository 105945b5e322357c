package org.resourcelibrary.web.alerts;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.alerts.Subscription.Frequency;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail alerts: subscribe (a confirmation e-mail, nothing else, until its link is followed), confirm,
 * unsubscribe, forget an address, and send the digests that are due.
 */
public final class Alerts {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    /** The longest address SMTP carries (RFC 5321's path limit less the brackets). */
    static final int MAX_ADDRESS_LENGTH = 254;
    private static final int TOKEN_BYTES = 24;
    /** Changes read from the library at a time when looking for additions. */
    private static final int CHANGES_PER_READ = 500;

    private final Optional<Mailer> mailer;
    private final SubscriptionStore store;
    private final Library library;
    private final Function<String, SearchRequest> searches;
    private final AlertLetters letters;
    private final Clock clock;
    private final AddressLimit limit;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param mail       how to send; empty turns alerts off
     * @param vocabulary what the e-mails call the values of the searches' filters and of the documents
     * @param searches   a search's query string as the search it names (checked as {@code GET /api/search} is)
     * @throws SQLException when the subscriptions' table cannot be made or brought up to date
     */
    public Alerts(LibraryDatabase database, Optional<MailSettings> mail, Library library, Vocabulary vocabulary,
                  Function<String, SearchRequest> searches, Clock clock) throws SQLException {
        this.mailer = mail.map(Mailer::new);
        this.store = database == null ? null : new SubscriptionStore(database);
        this.limit = database == null ? new AddressLimit() : AddressLimit.in(database);
        this.library = library;
        this.searches = searches;
        this.letters = new AlertLetters(vocabulary, searches);
        this.clock = clock;
    }

    /** Alerts that are off: no SMTP server, no database; every use says so. */
    public static Alerts off() {
        try {
            return new Alerts(null, Optional.empty(), null, null, null, Clock.systemUTC());
        } catch (SQLException e) {
            throw new IllegalStateException("alerts without a database touch none", e);
        }
    }

    public boolean on() {
        return mailer.isPresent();
    }

    /**
     * Asks {@code address} to confirm following {@code search}: sends the confirmation e-mail and nothing else.
     *
     * @param site     the library's address, which the e-mail's links point to
     * @param language the language this e-mail and the alert's others are written in (one of the interface's)
     * @return the address the e-mail was sent to, as checked
     * @throws InvalidAddress           when the address is not one
     * @throws TooManyRequests          when the address has asked too often lately
     */
    public String subscribe(String address, String search, Frequency frequency, String site, String language)
            throws AlertsOff, TooManyRequests, SQLException, MessagingException {
        Mailer mail = mailer.orElseThrow(AlertsOff::new);
        String normalized = address(address);
        if (!limit.allow(normalized, clock.instant())) {
            throw new TooManyRequests("this address has asked for " + AddressLimit.MAX_REQUESTS
                    + " alerts in the last " + AddressLimit.WINDOW.toHours() + " hour; try again later");
        }
        String token = HexFormat.of().formatHex(bytes());
        store.add(token, normalized, search, frequency, site, clock.instant(), language);
        mail.send(normalized, letters.confirmation(language, frequency, search, site, token), null);
        return normalized;
    }

    public Optional<Subscription> confirm(String token) throws SQLException {
        return store.confirm(token, clock.instant());
    }

    public boolean unsubscribe(String token) throws SQLException {
        return store.remove(token);
    }

    /** Deletes every subscription of the address the token was sent to; how many there were. */
    public int forget(String token) throws SQLException {
        Optional<Subscription> subscription = store.byToken(token);
        return subscription.isEmpty() ? 0 : store.forget(subscription.get().address());
    }

    /**
     * Sends each digest that is due and has new documents; how many were sent. Each is claimed first, so of
     * several web nodes running the digests at once only one sends it.
     */
    public int sendDigests() throws SQLException {
        if (mailer.isEmpty()) {
            return 0;
        }
        // As precise as the database keeps it, so the claim can be given back by naming it.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int sent = 0;
        for (Subscription subscription : store.due(now)) {
            if (!store.claim(subscription, now)) {
                continue;
            }
            List<Resource> added = newDocuments(subscription);
            try {
                if (!added.isEmpty()) {
                    mailer.get().send(subscription.address(), letters.digest(subscription, added, now),
                            unsubscribeUrl(subscription));
                    sent++;
                }
            } catch (MessagingException e) {
                // The digest stays due: the next run tries again with everything still new.
                store.release(subscription, now);
                LOG.warn("alert digest {} not sent: {}", subscription.id(), e.getMessage());
            }
        }
        return sent;
    }

    /**
     * The documents added since the subscription's last digest that its search finds, in the search's order.
     * The additions come from the list of changes, so on a day with none the search is not run, and the search
     * is paged by cursor only until every addition is placed or the results end.
     */
    private List<Resource> newDocuments(Subscription subscription) {
        Map<String, Resource> additions = addedSince(subscription.since());
        List<Resource> found = new ArrayList<>();
        SearchRequest search = searches.apply(subscription.search());
        String cursor = null;
        while (!additions.isEmpty()) {
            SearchResponse page = library.search(search.withCursor(cursor, SearchRequest.MAX_SIZE));
            for (Hit hit : page.hits()) {
                Optional.ofNullable(additions.remove(hit.id())).ifPresent(found::add);
            }
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return found;
    }

    private Map<String, Resource> addedSince(Instant since) {
        Map<String, Resource> added = new HashMap<>();
        Change.Position after = null;
        ChangePage page;
        do {
            page = library.changes(new ChangeRequest(since, null, null, null, after, CHANGES_PER_READ));
            for (Change change : page.changes()) {
                Resource resource = change.resource();
                if (!change.deleted() && resource.added() != null && resource.added().isAfter(since)) {
                    added.put(change.id(), resource);
                }
                after = change.position();
            }
        } while (page.more());
        return added;
    }

    /** The one-click unsubscribe address (RFC 8058: an HTTPS URI that a POST unsubscribes). */
    static String unsubscribeUrl(Subscription subscription) {
        return subscription.site() + "/api/alerts/unsubscribe?token=" + URLEncoder.encode(subscription.token(),
                StandardCharsets.UTF_8);
    }

    /** The address, checked (RFC 822 syntax with a domain) and lower-cased so that limits count it once. */
    static String address(String address) {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS_LENGTH) {
            throw new InvalidAddress(AlertRefusal.ALERT_ADDRESS_MISSING, MAX_ADDRESS_LENGTH);
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            String plain = parsed.getAddress();
            if (parsed.getPersonal() != null || plain.indexOf('@') < 1 || !plain.substring(plain.indexOf('@'))
                    .contains(".")) {
                throw new AddressException("not a plain address with a domain");
            }
            return plain.toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw new InvalidAddress(AlertRefusal.ALERT_ADDRESS_INVALID, address.strip());
        }
    }

    private byte[] bytes() {
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        return token;
    }

    /** Too many requests for one address. */
    /** An address that is not one, and why, as a refusal an interface can say in its language. */
    public static final class InvalidAddress extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final transient AlertRefusal refusal;
        private final transient Object[] arguments;

        InvalidAddress(AlertRefusal refusal, Object... arguments) {
            super(refusal.english(arguments));
            this.refusal = refusal;
            this.arguments = arguments.clone();
        }

        public AlertRefusal refusal() {
            return refusal;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    public static final class TooManyRequests extends Exception {
        TooManyRequests(String message) {
            super(message);
        }
    }
}
