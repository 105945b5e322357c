package org.resourcelibrary.web.alerts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.resourcelibrary.web.alerts.Subscription.Frequency;
import org.resourcelibrary.web.database.FeatureStore;
import org.resourcelibrary.web.database.FeatureTables;
import org.resourcelibrary.web.database.LibraryDatabase;

/** The subscriptions' store as releases before the e-mails' languages made it: its first version only. */
final class OldStore {

    static final FeatureTables SCHEMA = new FeatureTables(SubscriptionStore.SCHEMA.feature(),
            SubscriptionStore.SCHEMA.versions().subList(0, 1));

    private OldStore() {
    }

    /** A confirmed weekly subscription to {@code q=supervision}, written as those releases wrote it. */
    static void addConfirmed(LibraryDatabase database, String token, Instant since) throws SQLException {
        try (Connection c = database.connect()) {
            FeatureStore.update(c, "INSERT INTO alert_subscription (token, address, search, frequency, site,"
                    + " confirmed, since) VALUES (?, ?, ?, ?, ?, TRUE, ?)", token, "member@example.org",
                    "q=supervision", Frequency.WEEKLY.name(), "http://library", since);
        }
    }
}
