package org.resourcelibrary.web.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AddressRecords} in the library database: one table for every feature, a row per feature and address,
 * bounded every {@value #CHANGES_BETWEEN_BOUNDS} changes a node makes.
 * A change locks the address's row ({@code FOR UPDATE}) before reading it, so two nodes changing one address
 * count both changes; the row is made first when missing, and a node that finds it made by another meanwhile
 * simply locks it.
 */
final class AddressTable implements AddressRecords {

    private static final Logger LOG = LoggerFactory.getLogger(AddressTable.class);

    /** Longest address kept: an IPv6 address with its zone fits many times over; a longer one is cut. */
    static final int MAX_ADDRESS_LENGTH = 255;
    /** Changes on this node between two bounds on the number of addresses (a sort of the whole table). */
    static final int CHANGES_BETWEEN_BOUNDS = 100;
    /** SQLSTATE of a primary key already taken. */
    private static final String DUPLICATE_KEY = "23505";

    static final FeatureTables SCHEMA = new FeatureTables("address-records", List.of(List.of(
            "CREATE TABLE IF NOT EXISTS address_record (feature VARCHAR(32) NOT NULL,"
                    + " address VARCHAR(" + MAX_ADDRESS_LENGTH + ") NOT NULL, state VARCHAR(4000) NOT NULL,"
                    + " expires TIMESTAMP WITH TIME ZONE NOT NULL, changed TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (feature, address))",
            "CREATE INDEX IF NOT EXISTS address_record_expires ON address_record (feature, expires)",
            "CREATE INDEX IF NOT EXISTS address_record_changed ON address_record (feature, changed)")));

    private final FeatureStore store;
    private final String feature;
    private final int max;
    private final AtomicInteger changes = new AtomicInteger();

    AddressTable(LibraryDatabase database, String feature, int max) throws SQLException {
        this.store = FeatureStore.open(database, SCHEMA, feature);
        this.feature = feature;
        this.max = max;
    }

    @Override
    public Optional<String> find(String address, Instant now) {
        return store.using(c -> {
            try (PreparedStatement select = FeatureStore.prepare(c, "SELECT state FROM address_record"
                    + " WHERE feature = ? AND address = ? AND expires > ?", feature, key(address), now);
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public Entry change(String address, Instant now, Function<Optional<String>, Entry> change) {
        String key = key(address);
        Entry changed = store.inTransaction(c -> {
            makeRow(c, key, now);
            Optional<String> current;
            try (PreparedStatement lock = FeatureStore.prepare(c, "SELECT state, expires > ? FROM address_record"
                    + " WHERE feature = ? AND address = ? FOR UPDATE", now, feature, key);
                 ResultSet rows = lock.executeQuery()) {
                rows.next();
                current = rows.getBoolean(2) ? Optional.of(rows.getString(1)) : Optional.empty();
            }
            Entry next = change.apply(current);
            FeatureStore.update(c, "UPDATE address_record SET state = ?, expires = ?, changed = ?"
                    + " WHERE feature = ? AND address = ?", next.state(), next.expires(), now, feature, key);
            return next;
        });
        if (changes.incrementAndGet() % CHANGES_BETWEEN_BOUNDS == 0) {
            bound(now);
        }
        return changed;
    }

    /**
     * Deletes the expired records, then the least recently changed beyond {@link #max}. Outside any change's
     * transaction, so it never holds an address up; a failure (another node changing a row it would delete) is
     * logged, and the next bound does it.
     */
    void bound(Instant now) {
        try {
            store.using(c -> {
                FeatureStore.update(c, "DELETE FROM address_record WHERE feature = ? AND expires <= ?", feature,
                        now);
                return FeatureStore.update(c, "DELETE FROM address_record WHERE feature = ? AND address IN"
                        + " (SELECT address FROM address_record WHERE feature = ? ORDER BY changed DESC"
                        + " OFFSET ? ROWS)", feature, feature, max);
            });
        } catch (IllegalStateException e) {
            LOG.info("the {} were not bounded this time: {}", feature, e.getMessage());
        }
    }

    @Override
    public void forget(String address) {
        store.update("DELETE FROM address_record WHERE feature = ? AND address = ?", feature, key(address));
    }

    /** A row for the address, expired at once, unless one is there (made by this node or another). */
    /**
     * The expiry a row is made with, before its change sets the real one: long past, so that the change reads no
     * record. ("Now" would not do: the database keeps instants at a coarser precision than the clock, rounded up,
     * so a row made "now" could seem alive at the same instant.)
     */
    private static final Instant MADE_EXPIRED = Instant.EPOCH;

    private void makeRow(Connection c, String key, Instant now) throws SQLException {
        try {
            FeatureStore.update(c, "INSERT INTO address_record (feature, address, state, expires, changed)"
                    + " SELECT ?, ?, '', ?, ? WHERE NOT EXISTS (SELECT 1 FROM address_record WHERE feature = ?"
                    + " AND address = ?)", feature, key, MADE_EXPIRED, now, feature, key);
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static String key(String address) {
        return address.length() <= MAX_ADDRESS_LENGTH ? address : address.substring(0, MAX_ADDRESS_LENGTH);
    }
}
