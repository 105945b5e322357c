package org.resourcelibrary.web.alerts;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.resourcelibrary.web.database.AddressRecords;
import org.resourcelibrary.web.database.LibraryDatabase;

/**
 * How many subscription requests one address may make in a window: the confirmation e-mail goes to whatever
 * address is given, so without a limit the library could be made to flood someone's inbox. Counted in the library
 * database, the requests made through every web node sharing it add up.
 */
final class AddressLimit {

    static final int MAX_REQUESTS = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Addresses remembered before those with no request in the window are let go. */
    static final int MAX_TRACKED = 10_000;
    /** The name the requests are kept under in the library database. */
    static final String FEATURE = "alert-requests";

    private final AddressRecords records;

    private AddressLimit(AddressRecords records) {
        this.records = records;
    }

    /** Requests counted in this process only. */
    AddressLimit() {
        this(AddressRecords.inMemory(MAX_TRACKED));
    }

    /** Requests counted in {@code database}. */
    static AddressLimit in(LibraryDatabase database) throws SQLException {
        return new AddressLimit(AddressRecords.in(database, FEATURE, MAX_TRACKED));
    }

    /** Records a request from {@code address} at {@code now}; false when it is over the limit. */
    boolean allow(String address, Instant now) {
        boolean[] allowed = {false};
        records.change(address, now, old -> {
            List<Instant> times = new ArrayList<>(old.map(AddressLimit::times).orElse(List.of()));
            times.removeIf(time -> !time.plus(WINDOW).isAfter(now));
            allowed[0] = times.size() < MAX_REQUESTS;
            if (allowed[0]) {
                times.add(now);
            }
            Instant last = times.isEmpty() ? now : times.get(times.size() - 1);
            return new AddressRecords.Entry(times.stream().map(Instant::toString).collect(Collectors.joining(" ")),
                    last.plus(WINDOW));
        });
        return allowed[0];
    }

    /** The times of the requests remembered, oldest first. */
    private static List<Instant> times(String state) {
        return state.isBlank() ? List.of() : Arrays.stream(state.split(" ")).map(Instant::parse).toList();
    }
}
