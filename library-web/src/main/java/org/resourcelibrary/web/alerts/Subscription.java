package org.resourcelibrary.web.alerts;

import java.time.Instant;

/**
 * A search an address follows.
 *
 * @param token    the secret in its links (confirm, unsubscribe, forget): whoever has the e-mail has it
 * @param search   the search's query string, as {@code GET /api/search} takes it
 * @param site     the library's address the links point to
 * @param since    documents added after this are new to the subscriber (confirmation, then each digest)
 * @param language the language its e-mails are written in (one of the interface's), the one it was asked in
 */
public record Subscription(long id, String token, String address, String search, Frequency frequency, String site,
                           boolean confirmed, Instant since, String language) {

    /** How often digests are sent. */
    public enum Frequency {
        DAILY(java.time.Duration.ofDays(1)), WEEKLY(java.time.Duration.ofDays(7));

        private final java.time.Duration period;

        Frequency(java.time.Duration period) {
            this.period = period;
        }

        public java.time.Duration period() {
            return period;
        }

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
