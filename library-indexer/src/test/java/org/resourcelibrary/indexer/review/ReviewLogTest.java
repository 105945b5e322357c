package org.resourcelibrary.indexer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.review.ReviewDecision.Decision;

/** The decisions, kept in memory between reads and read again when another log or process appended to them. */
class ReviewLogTest {

    @TempDir
    Path dir;

    private static ReviewDecision accepted(String document) {
        return new ReviewDecision(ReviewQueue.itemId(document, MetadataField.COUNTRIES, "ZM"), document,
                MetadataField.COUNTRIES, "ZM", Decision.ACCEPT, null, List.of("ZM"), Instant.parse("2026-12-05T10:00:00Z"));
    }

    @Test
    void aDecisionAnotherLogAppendedIsSeenAtOnce() throws Exception {
        ReviewLog page = new ReviewLog(new DataDirectory(dir));
        ReviewLog api = new ReviewLog(new DataDirectory(dir));
        page.append(accepted("first"));
        assertThat(api.all()).containsExactly(accepted("first"));

        page.append(accepted("second"));

        assertThat(api.all()).containsExactly(accepted("first"), accepted("second"));
    }

    @Test
    void aDecisionAppendedHereIsSeenAtOnce() throws Exception {
        ReviewLog log = new ReviewLog(new DataDirectory(dir));
        assertThat(log.all()).isEmpty();
        log.append(accepted("first"));
        assertThat(log.all()).containsExactly(accepted("first"));

        log.append(accepted("second"));

        assertThat(log.all()).containsExactly(accepted("first"), accepted("second"));
    }
}
