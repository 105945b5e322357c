package org.resourcelibrary.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

    static final String ADDRESS = "192.0.2.7";

    /** A clock the test moves by hand: no sleeps. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final FailedAttempts attempts = new FailedAttempts(clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(ADDRESS);
        }
    }

    @Test
    void the_first_failures_are_free() {
        fail(FailedAttempts.FREE_FAILURES);

        assertThat(attempts.blockedFor(ADDRESS)).isEmpty();
    }

    @Test
    void each_failure_past_the_free_ones_doubles_the_block() {
        fail(FailedAttempts.FREE_FAILURES + 1);
        assertThat(attempts.blockedFor(ADDRESS)).hasValue(FailedAttempts.FIRST_BLOCK);

        attempts.failed(ADDRESS);
        assertThat(attempts.blockedFor(ADDRESS)).hasValue(FailedAttempts.FIRST_BLOCK.multipliedBy(2));
    }

    @Test
    void the_block_ends_when_its_time_has_passed() {
        fail(FailedAttempts.FREE_FAILURES + 1);

        clock.now = clock.now.plus(FailedAttempts.FIRST_BLOCK);

        assertThat(attempts.blockedFor(ADDRESS)).isEmpty();
    }

    @Test
    void the_block_never_exceeds_the_maximum() {
        fail(FailedAttempts.FREE_FAILURES + 60);

        assertThat(attempts.blockedFor(ADDRESS)).hasValue(FailedAttempts.MAX_BLOCK);
    }

    @Test
    void a_success_clears_the_record() {
        fail(FailedAttempts.FREE_FAILURES + 1);

        attempts.succeeded(ADDRESS);

        assertThat(attempts.blockedFor(ADDRESS)).isEmpty();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_hour() {
        fail(FailedAttempts.FREE_FAILURES);
        clock.now = clock.now.plus(FailedAttempts.FORGET_AFTER);

        attempts.failed(ADDRESS);

        assertThat(attempts.blockedFor(ADDRESS)).isEmpty();
    }

    @Test
    void other_addresses_are_not_blocked() {
        fail(FailedAttempts.FREE_FAILURES + 3);

        assertThat(attempts.blockedFor("198.51.100.1")).isEmpty();
    }

    @Test
    void the_access_check_refuses_a_blocked_address_even_with_the_right_token() {
        String token = "librarian-token-0123456789";
        LibrarianAccess access = new LibrarianAccess(AccessTokens.of(List.of(token), null), attempts);
        for (int i = 0; i <= FailedAttempts.FREE_FAILURES; i++) {
            assertThat(access.check("wrong-token-000000000", ADDRESS)).isEqualTo(LibrarianAccess.Decision.DENIED);
        }

        assertThat(access.check(token, ADDRESS)).isEqualTo(LibrarianAccess.Decision.THROTTLED);
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(access.check(token, ADDRESS)).isEqualTo(LibrarianAccess.Decision.GRANTED);
    }
}
