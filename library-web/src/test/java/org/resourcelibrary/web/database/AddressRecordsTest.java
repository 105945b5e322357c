package org.resourcelibrary.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records per client address in the library database, as two web nodes share them. */
class AddressRecordsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final Duration KEPT = Duration.ofHours(1);
    /** Changes each node makes at once in the race. */
    private static final int CHANGES_PER_NODE = 6;
    private static final String FEATURE = "counts";

    @TempDir
    Path dir;

    private SharedDatabase database;

    @BeforeEach
    void startServer() throws Exception {
        database = SharedDatabase.start(dir);
    }

    @AfterEach
    void stopServer() {
        database.close();
    }

    @Test
    void changesOfOneAddressThroughTwoNodesAtOnceAreAllCounted() throws Exception {
        AddressRecords one = AddressRecords.in(database.node(), FEATURE, 10);
        AddressRecords other = AddressRecords.in(database.node(), FEATURE, 10);
        ExecutorService nodes = Executors.newFixedThreadPool(2 * CHANGES_PER_NODE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> changes = new ArrayList<>();
        for (int i = 0; i < CHANGES_PER_NODE; i++) {
            changes.add(nodes.submit(count(one, start)));
            changes.add(nodes.submit(count(other, start)));
        }
        start.countDown();
        for (Future<?> change : changes) {
            change.get(1, TimeUnit.MINUTES);
        }
        nodes.shutdown();

        assertThat(one.find("192.0.2.7", NOW)).hasValue(String.valueOf(2 * CHANGES_PER_NODE));
    }

    @Test
    void theFirstChangeOfAnAddressAtAClockFinerThanTheDatabaseFindsNoRecord() throws Exception {
        // A real clock has nanoseconds; the database keeps microseconds, rounding up, so a row just made
        // "expires" after the instant it was made at: its first change must still find nothing.
        Instant fine = Instant.parse("2026-06-01T08:00:00.123456789Z");
        AddressRecords records = AddressRecords.in(database.node(), FEATURE, 10);
        List<Boolean> found = new ArrayList<>();

        records.change("192.0.2.9", fine, old -> {
            found.add(old.isPresent());
            return new AddressRecords.Entry("1", fine.plus(KEPT));
        });

        assertThat(found).containsExactly(false);
        assertThat(records.find("192.0.2.9", fine)).hasValue("1");
    }

    @Test
    void aRecordExpiredIsNotFoundThroughAnyNode() throws Exception {
        AddressRecords one = AddressRecords.in(database.node(), FEATURE, 10);
        AddressRecords other = AddressRecords.in(database.node(), FEATURE, 10);
        one.change("192.0.2.7", NOW, old -> new AddressRecords.Entry("1", NOW.plus(KEPT)));

        assertThat(other.find("192.0.2.7", NOW)).hasValue("1");
        assertThat(other.find("192.0.2.7", NOW.plus(KEPT))).isEmpty();
    }

    @Test
    void boundingDeletesTheExpiredAndTheLeastRecentlyChangedBeyondTheMost() throws Exception {
        LibraryDatabase node = database.node();
        AddressTable table = new AddressTable(node, FEATURE, 2);
        table.change("expired", NOW, old -> new AddressRecords.Entry("1", NOW.plus(KEPT)));
        for (int i = 1; i <= 3; i++) {
            table.change("live-" + i, NOW.plus(KEPT).plusSeconds(i),
                    old -> new AddressRecords.Entry("1", NOW.plus(KEPT.multipliedBy(2))));
        }

        table.bound(NOW.plus(KEPT).plusSeconds(4));

        assertThat(addresses(node)).containsExactlyInAnyOrder("live-2", "live-3");
    }

    /** Adds one to the address's count, as a node records one more failure. */
    private static Callable<AddressRecords.Entry> count(AddressRecords records, CountDownLatch start) {
        return () -> {
            start.await();
            return records.change("192.0.2.7", NOW, old -> new AddressRecords.Entry(
                    String.valueOf(old.map(Integer::parseInt).orElse(0) + 1), NOW.plus(KEPT)));
        };
    }

    private static List<String> addresses(LibraryDatabase node) throws Exception {
        List<String> addresses = new ArrayList<>();
        try (Connection c = node.connect(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT address FROM address_record WHERE feature = '"
                     + FEATURE + "'")) {
            while (rows.next()) {
                addresses.add(rows.getString(1));
            }
        }
        return addresses;
    }
}
