package org.resourcelibrary.web.analytics;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.resourcelibrary.core.search.SearchRequest;

/** What the writer records: one thing a member did, with when (no one's address, cookie or id). */
sealed interface AnalyticsEvent {

    /** A search and how many results it found; the key is made on the writer's thread, not the search's. */
    record Searched(Instant at, SearchRequest request, String lang, long results, Door door)
            implements AnalyticsEvent {
    }

    /** A result opened from a search, at a position (1 for the first result of the first page). */
    record Opened(Instant at, SearchKey search, String document, int position) implements AnalyticsEvent {
    }

    /** A document's file downloaded. */
    record Downloaded(Instant at, String document) implements AnalyticsEvent {
    }

    /** Not an event: released once everything queued before it is written (for an orderly stop and tests). */
    record Flush(CountDownLatch written) implements AnalyticsEvent {
    }
}
