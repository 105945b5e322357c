package org.resourcelibrary.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.database.SharedDatabase;

/** Alert requests counted in the library database: an address asking through two web nodes is limited once. */
class AddressLimitAcrossNodesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void requestsThroughBothNodesShareOneLimit() throws Exception {
        try (SharedDatabase database = SharedDatabase.start(dir)) {
            AddressLimit one = AddressLimit.in(database.node());
            AddressLimit other = AddressLimit.in(database.node());
            for (int i = 0; i < AddressLimit.MAX_REQUESTS; i++) {
                assertThat((i % 2 == 0 ? one : other).allow("a@example.org", NOW)).isTrue();
            }

            assertThat(one.allow("a@example.org", NOW)).isFalse();
            assertThat(other.allow("a@example.org", NOW)).isFalse();
            assertThat(other.allow("a@example.org", NOW.plus(AddressLimit.WINDOW))).isTrue();
        }
    }
}
