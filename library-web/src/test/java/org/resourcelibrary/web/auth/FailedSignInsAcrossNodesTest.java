package org.resourcelibrary.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.ManualClock;
import org.resourcelibrary.web.database.SharedDatabase;

/** Failed sign-ins counted in the library database: two web nodes slow an address down as one would. */
class FailedSignInsAcrossNodesTest {

    private static final String ADDRESS = "192.0.2.7";

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private SharedDatabase database;
    private FailedAttempts one;
    private FailedAttempts other;

    @BeforeEach
    void twoNodes() throws Exception {
        database = SharedDatabase.start(dir);
        one = FailedAttempts.in(database.node(), clock);
        other = FailedAttempts.in(database.node(), clock);
    }

    @AfterEach
    void stopServer() {
        database.close();
    }

    @Test
    void failuresThroughBothNodesAddUpToOneBlock() {
        for (int i = 0; i <= FailedAttempts.FREE_FAILURES; i++) {
            (i % 2 == 0 ? one : other).failed(ADDRESS);
        }

        assertThat(one.blockedFor(ADDRESS)).hasValue(FailedAttempts.FIRST_BLOCK);
        assertThat(other.blockedFor(ADDRESS)).hasValue(FailedAttempts.FIRST_BLOCK);
    }

    @Test
    void aSuccessThroughOneNodeClearsTheAddressOnTheOther() {
        for (int i = 0; i <= FailedAttempts.FREE_FAILURES; i++) {
            one.failed(ADDRESS);
        }

        other.succeeded(ADDRESS);

        assertThat(one.blockedFor(ADDRESS)).isEmpty();
    }

    @Test
    void anAddressIsForgottenAnHourAfterItsLastFailure() {
        for (int i = 0; i <= FailedAttempts.FREE_FAILURES; i++) {
            one.failed(ADDRESS);
        }
        clock.advance(FailedAttempts.FORGET_AFTER);

        other.failed(ADDRESS);

        assertThat(one.blockedFor(ADDRESS)).isEmpty();
    }
}
