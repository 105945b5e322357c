package org.resourcelibrary.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.alerts.Subscription.Frequency;
import org.resourcelibrary.web.database.LibraryDatabase;

/** Digests claimed in the database that several web nodes share: each due digest is taken by one node only. */
class SubscriptionStoreTest {

    private static final Instant CONFIRMED = Instant.parse("2026-06-01T08:00:00.123456Z");
    private static final Instant RUN = CONFIRMED.plus(Duration.ofDays(8));

    @TempDir
    Path dir;
    private LibraryDatabase database;
    private SubscriptionStore node;
    private SubscriptionStore otherNode;

    @BeforeEach
    void twoNodesWithOneSubscriptionDue() throws Exception {
        database = LibraryDatabase.open(dir);
        node = new SubscriptionStore(database);
        otherNode = new SubscriptionStore(database);
        node.add("confirm-token", "member@example.org", "q=supervision", Frequency.WEEKLY, "http://library",
                CONFIRMED, "fr");
        node.confirm("confirm-token", CONFIRMED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDigestBothNodesFindDueIsClaimedByTheFirstOnly() throws Exception {
        List<Subscription> seenByOne = node.due(RUN);
        List<Subscription> seenByOther = otherNode.due(RUN);

        assertThat(node.claim(seenByOne.get(0), RUN)).isTrue();
        assertThat(otherNode.claim(seenByOther.get(0), RUN)).isFalse();
        assertThat(node.due(RUN)).isEmpty();
    }

    @Test
    void aSubscriptionKeepsTheLanguageItWasMadeIn() throws Exception {
        assertThat(otherNode.byToken("confirm-token")).hasValueSatisfying(subscription ->
                assertThat(subscription.language()).isEqualTo("fr"));
    }

    @Test
    void aStoreMadeBeforeLanguagesOpensAndItsSubscriptionsAreInEnglish(@TempDir Path old) throws Exception {
        try (LibraryDatabase before = LibraryDatabase.open(old, OldStore.SCHEMA)) {
            OldStore.addConfirmed(before, "old-token", CONFIRMED);
        }
        try (LibraryDatabase after = LibraryDatabase.open(old)) {
            SubscriptionStore store = new SubscriptionStore(after);

            assertThat(store.due(RUN)).singleElement().satisfies(due -> {
                assertThat(due.token()).isEqualTo("old-token");
                assertThat(due.language()).isEqualTo("en");
            });
        }
    }

    @Test
    void aReleasedClaimIsDueAgainAsBefore() throws Exception {
        Subscription due = node.due(RUN).get(0);
        node.claim(due, RUN);

        node.release(due, RUN);

        assertThat(otherNode.due(RUN)).singleElement()
                .satisfies(again -> assertThat(again.since()).isEqualTo(due.since()));
    }
}
