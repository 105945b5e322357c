package org.resourcelibrary.web.analytics;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Downloaded;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Flush;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Opened;
import org.resourcelibrary.web.analytics.AnalyticsEvent.Searched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what members search, open and download. A request thread only adds an event to a bounded queue that
 * takes no lock (a locked queue would make a search wait whenever the writer is descheduled holding its lock)
 * and wakes no one (a woken thread may take the processor from the search that woke it); one writer thread
 * wakes on its own every {@link #WRITE_INTERVAL} and drains the queue into the {@link AnalyticsStore}. A full queue,
 * a full disk or any database failure drops the events concerned and counts them: a search is never slowed
 * or failed by its analytics. The writer also forgets single events older than the retention, once a day.
 */
public final class SearchAnalytics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchAnalytics.class);
    /** Events written in one transaction at most. */
    static final int MAX_BATCH = 500;
    /** How often the writer wakes to write what was recorded (and to see whether a new day needs the retention). */
    static final Duration WRITE_INTERVAL = Duration.ofMillis(250);
    /** Longest an orderly stop or a flush waits for the writer. */
    static final Duration FLUSH_WAIT = Duration.ofSeconds(10);
    /** The deepest position a result can have: the last result of the deepest page. */
    public static final int MAX_POSITION = SearchRequest.MAX_PAGE * SearchRequest.MAX_SIZE;

    private final AnalyticsSettings settings;
    private final AnalyticsStore store;
    private final Clock clock;
    private final Queue<AnalyticsEvent> queue = new ConcurrentLinkedQueue<>();
    /** Events in the queue, for its bound (a concurrent queue's own size is not constant-time). */
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile Thread writer;
    private LocalDate retentionAppliedOn;
    private volatile boolean stopping;

    /** Analytics that record into {@code store} once {@link #start started}; null store when off. */
    SearchAnalytics(AnalyticsSettings settings, AnalyticsStore store, Clock clock) {
        this.settings = settings;
        this.store = settings.on() ? store : null;
        this.clock = clock;
    }

    /** Analytics recording into {@code store}, its writer running (or off, when the settings say so). */
    public static SearchAnalytics start(AnalyticsSettings settings, AnalyticsStore store, Clock clock) {
        SearchAnalytics analytics = new SearchAnalytics(settings, store, clock);
        if (analytics.on()) {
            analytics.start();
        }
        return analytics;
    }

    /** Analytics that record nothing. */
    public static SearchAnalytics off() {
        return new SearchAnalytics(AnalyticsSettings.off(), null, Clock.systemUTC());
    }

    public boolean on() {
        return store != null;
    }

    /** What the insights read; empty when analytics are off. */
    public java.util.Optional<AnalyticsStore> store() {
        return java.util.Optional.ofNullable(store);
    }

    /**
     * Records a search made by a member reading {@code lang}: only its first page (further pages are the same
     * search), and only when it names something (the bare search page is no search).
     */
    public void searched(SearchRequest request, SearchResponse response, String lang, Door door) {
        boolean named = !request.query().isEmpty() || !request.filters().isEmpty() || request.yearFrom() != null
                || request.yearTo() != null;
        if (on() && named && request.page() == 1 && request.cursor() == null) {
            offer(new Searched(clock.instant(), request, lang, response.total(), door));
        }
    }

    /** Records the result at {@code position} of {@code search} opened. */
    public void opened(SearchKey search, String document, int position) {
        if (on() && search.isSearch()) {
            offer(new Opened(clock.instant(), search, document, position));
        }
    }

    public void downloaded(String document) {
        if (on()) {
            offer(new Downloaded(clock.instant(), document));
        }
    }

    /** Events lost: the queue was full, or the database could not take them. */
    public long dropped() {
        return dropped.get();
    }

    /** Events written to the database since the start. */
    public long written() {
        return written.get();
    }

    /**
     * Waits until every event recorded before this call has been written or dropped.
     *
     * @return false when the writer did not get there within {@link #FLUSH_WAIT}
     */
    public boolean flush() throws InterruptedException {
        if (!on() || writer == null) {
            return true;
        }
        CountDownLatch latch = new CountDownLatch(1);
        // Past the bound: a flush is never dropped.
        queued.incrementAndGet();
        queue.add(new Flush(latch));
        LockSupport.unpark(writer);
        return latch.await(FLUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void offer(AnalyticsEvent event) {
        if (queued.incrementAndGet() > settings.queueCapacity()) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queue.add(event);
    }

    synchronized void start() {
        writer = new Thread(this::drain, "analytics-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain() {
        List<AnalyticsEvent> batch = new ArrayList<>();
        while (!stopping || !queue.isEmpty()) {
            AnalyticsEvent event;
            while (batch.size() < MAX_BATCH && (event = queue.poll()) != null) {
                queued.decrementAndGet();
                batch.add(event);
            }
            if (batch.isEmpty()) {
                // Woken by a flush or the end, else after the interval.
                LockSupport.parkNanos(this, WRITE_INTERVAL.toNanos());
            } else {
                write(batch);
                batch.clear();
            }
            applyRetention();
        }
    }

    /** Writes the batch's events, releasing each flush once the events before it are written. */
    private void write(List<AnalyticsEvent> batch) {
        List<AnalyticsEvent> events = new ArrayList<>();
        for (AnalyticsEvent event : batch) {
            if (event instanceof Flush flush) {
                store(events);
                events.clear();
                flush.written().countDown();
            } else {
                events.add(event);
            }
        }
        store(events);
    }

    private void store(List<AnalyticsEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            store.write(events);
            written.addAndGet(events.size());
        } catch (SQLException | RuntimeException e) {
            long lost = dropped.addAndGet(events.size());
            LOG.warn("{} analytics events dropped ({} in all): {}", events.size(), lost, e.getMessage());
        }
    }

    /** Forgets single events older than the retention, at most once a day. */
    void applyRetention() {
        LocalDate today = AnalyticsStore.day(clock.instant());
        if (today.equals(retentionAppliedOn)) {
            return;
        }
        try {
            int forgotten = store.forgetEventsBefore(today.minus(settings.retention()));
            retentionAppliedOn = today;
            if (forgotten > 0) {
                LOG.info("analytics: {} events older than {} forgotten; their daily counts stay", forgotten,
                        settings.retention());
            }
        } catch (SQLException e) {
            LOG.warn("analytics retention not applied: {}", e.getMessage());
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        try {
            flush();
            stopping = true;
            LockSupport.unpark(writer);
            writer.join(FLUSH_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The retention and queue this recorder runs with. */
    public AnalyticsSettings settings() {
        return settings;
    }

    /** The members' search as analytics key it: for the links of a results page to carry to {@code /go}. */
    public static SearchKey key(SearchRequest request, SearchResponse response) {
        return SearchKey.of(request, language(request, response));
    }

    /** The language the member was taken to read: as said, or as the search assumed. */
    public static String language(SearchRequest request, SearchResponse response) {
        if (response != null && response.language() != null) {
            return response.language().code();
        }
        return request.memberLanguage() != null ? request.memberLanguage().code() : request.labelLanguage();
    }
}
