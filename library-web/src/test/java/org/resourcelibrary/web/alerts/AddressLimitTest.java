package org.resourcelibrary.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressLimitTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void an_address_may_ask_again_once_the_window_has_passed() {
        AddressLimit limit = new AddressLimit();
        for (int i = 0; i < AddressLimit.MAX_REQUESTS; i++) {
            assertThat(limit.allow("a@example.org", NOW)).isTrue();
        }

        assertThat(limit.allow("a@example.org", NOW)).isFalse();
        assertThat(limit.allow("b@example.org", NOW)).isTrue();
        assertThat(limit.allow("a@example.org", NOW.plus(AddressLimit.WINDOW))).isTrue();
    }

    @Test
    void a_limited_address_stays_limited_when_many_others_are_tracked() {
        AddressLimit limit = new AddressLimit();
        for (int i = 0; i < AddressLimit.MAX_REQUESTS; i++) {
            limit.allow("busy@example.org", NOW.plus(AddressLimit.WINDOW));
        }
        for (int i = 0; i <= AddressLimit.MAX_TRACKED; i++) {
            limit.allow(i + "@example.org", NOW);
        }

        assertThat(limit.allow("busy@example.org", NOW.plus(AddressLimit.WINDOW))).isFalse();
    }
}
