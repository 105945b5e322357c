package org.resourcelibrary.web.database;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a feature remembers of each client address for a while (the failed sign-ins, the alert requests), so that
 * it can slow an address down. Kept {@linkplain #in in the library database} every web node shares, an address
 * is limited once across the nodes, not once on each; {@linkplain #inMemory in this process} for one node without
 * a database. Each address's record is a short text the feature writes and reads, and the time it may be forgotten.
 */
public interface AddressRecords {

    /**
     * What is remembered of an address.
     *
     * @param state   the feature's own text
     * @param expires when the record may be forgotten: it no longer counts from then
     */
    record Entry(String state, Instant expires) {
    }

    /** The address's record, unless there is none or it expired by {@code now}. */
    Optional<String> find(String address, Instant now);

    /**
     * Changes the address's record: {@code change} is given the record as it stands (empty when none or expired)
     * and returns the new one, made while no other change of that address (on any node) is under way.
     *
     * @return the record as changed
     */
    Entry change(String address, Instant now, Function<Optional<String>, Entry> change);

    /** Forgets the address's record. */
    void forget(String address);

    /**
     * The records in this process's memory, at most {@code max} addresses: when full, the expired ones are let go,
     * then, if it is still full, the older half.
     */
    static AddressRecords inMemory(int max) {
        Map<String, Entry> records = new ConcurrentHashMap<>();
        return new AddressRecords() {
            @Override
            public Optional<String> find(String address, Instant now) {
                return Optional.ofNullable(records.get(address)).filter(entry -> now.isBefore(entry.expires()))
                        .map(Entry::state);
            }

            @Override
            public Entry change(String address, Instant now, Function<Optional<String>, Entry> change) {
                if (records.size() >= max) {
                    records.values().removeIf(entry -> !now.isBefore(entry.expires()));
                }
                if (records.size() >= max) {
                    // Still full of live records (an attack from many addresses): the half to expire first goes,
                    // so memory stays bounded and the addresses most recently limited stay limited.
                    Instant[] expiries = records.values().stream().map(Entry::expires).sorted()
                            .toArray(Instant[]::new);
                    Instant cutoff = expiries[expiries.length / 2];
                    records.values().removeIf(entry -> entry.expires().isBefore(cutoff));
                }
                return records.compute(address, (key, old) -> change.apply(Optional.ofNullable(old)
                        .filter(entry -> now.isBefore(entry.expires())).map(Entry::state)));
            }

            @Override
            public void forget(String address) {
                records.remove(address);
            }
        };
    }

    /**
     * The records of {@code feature} in the library database, at most {@code max} addresses: expired ones are
     * deleted as records change, and the least recently changed beyond {@code max} now and then.
     */
    static AddressRecords in(LibraryDatabase database, String feature, int max) throws SQLException {
        return new AddressTable(database, feature, max);
    }
}
