package org.resourcelibrary.web.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.web.alerts.Subscription.Frequency;
import org.resourcelibrary.web.database.FeatureStore;
import org.resourcelibrary.web.database.LibraryDatabase;
import org.resourcelibrary.web.database.FeatureTables;
import org.resourcelibrary.web.i18n.Messages;

/** Subscriptions in the library database: added unconfirmed, confirmed by token, removed by token or address. */
final class SubscriptionStore {

    /**
     * The subscriptions' table. Version 1 may find its table made by a release that kept its own version table,
     * hence {@code IF NOT EXISTS}.
     */
    static final FeatureTables SCHEMA = new FeatureTables("alerts", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS alert_subscription (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " token VARCHAR(64) NOT NULL UNIQUE, address VARCHAR(320) NOT NULL,"
                    + " search VARCHAR(4000) NOT NULL, frequency VARCHAR(10) NOT NULL, site VARCHAR(500) NOT NULL,"
                    + " confirmed BOOLEAN NOT NULL, since TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE INDEX IF NOT EXISTS alert_subscription_address ON alert_subscription (address)"),
            // Version 2: the language the e-mails are written in; those made before it were written in English.
            // IF NOT EXISTS for nodes migrating at once, as version 1.
            List.of("ALTER TABLE alert_subscription ADD COLUMN IF NOT EXISTS language VARCHAR(8) DEFAULT '"
                    + Messages.DEFAULT_LANGUAGE + "' NOT NULL")));

    private static final String COLUMNS = "id, token, address, search, frequency, site, confirmed, since, language";

    private final FeatureStore store;

    /** The store in {@code database}, its table made or brought up to date. */
    SubscriptionStore(LibraryDatabase database) throws SQLException {
        this.store = FeatureStore.open(database, SCHEMA, "alert subscriptions");
    }

    /** Adds an unconfirmed subscription whose e-mails are written in {@code language}. */
    void add(String token, String address, String search, Frequency frequency, String site, Instant now,
             String language) throws SQLException {
        update("INSERT INTO alert_subscription (token, address, search, frequency, site, confirmed, since, language)"
                + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)", token, address, search, frequency.name(), site, now,
                language);
    }

    /** Confirms the subscription with this token; documents added from {@code now} on are new to it. */
    Optional<Subscription> confirm(String token, Instant now) throws SQLException {
        update("UPDATE alert_subscription SET confirmed = TRUE, since = ? WHERE token = ? AND confirmed = FALSE",
                now, token);
        return byToken(token);
    }

    Optional<Subscription> byToken(String token) throws SQLException {
        List<Subscription> found = query("SELECT " + COLUMNS + " FROM alert_subscription WHERE token = ?", token);
        return found.stream().findFirst();
    }

    /** Removes the subscription with this token; whether there was one. */
    boolean remove(String token) throws SQLException {
        return update("DELETE FROM alert_subscription WHERE token = ?", token) > 0;
    }

    /** Removes every subscription of an address: all the library keeps about it. */
    int forget(String address) throws SQLException {
        return update("DELETE FROM alert_subscription WHERE address = ?", address);
    }

    /** The confirmed subscriptions whose digest is due at {@code now}. */
    List<Subscription> due(Instant now) throws SQLException {
        List<Subscription> due = new ArrayList<>();
        for (Subscription s : query("SELECT " + COLUMNS + " FROM alert_subscription WHERE confirmed = TRUE")) {
            if (!s.since().plus(s.frequency().period()).isAfter(now)) {
                due.add(s);
            }
        }
        return due;
    }

    /**
     * Takes a due digest for this run, telling the subscriber of documents added up to {@code until}: whether it
     * was still due, since every web node sharing the database runs the digests and only one may send each.
     */
    boolean claim(Subscription due, Instant until) throws SQLException {
        return moveSince(due.id(), due.since(), until);
    }

    /** Gives back a claimed digest that could not be sent, so the next run tries again with everything new. */
    void release(Subscription due, Instant until) throws SQLException {
        moveSince(due.id(), until, due.since());
    }

    private boolean moveSince(long id, Instant from, Instant to) throws SQLException {
        return update("UPDATE alert_subscription SET since = ? WHERE id = ? AND since = ?", to, id, from) == 1;
    }

    /** Its failures are the callers' to report (an alert refused, a digest tried again), so they stay checked. */
    private int update(String sql, Object... values) throws SQLException {
        try (Connection c = store.connect()) {
            return FeatureStore.update(c, sql, values);
        }
    }

    private List<Subscription> query(String sql, Object... values) throws SQLException {
        try (Connection c = store.connect(); PreparedStatement statement = FeatureStore.prepare(c, sql, values);
             ResultSet rows = statement.executeQuery()) {
            List<Subscription> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Subscription(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), Frequency.valueOf(rows.getString(5)), rows.getString(6),
                        rows.getBoolean(7), rows.getTimestamp(8).toInstant(), rows.getString(9)));
            }
            return found;
        }
    }
}
