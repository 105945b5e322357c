package org.resourcelibrary.web.alerts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the digests that are due, at a regular interval, while {@code serve} runs. Each subscription's own
 * frequency (daily, weekly) says when its digest is due; the interval only says how often that is looked at.
 */
public final class DigestSchedule implements AutoCloseable {

    public static final String INTERVAL_VARIABLE = "LIBRARY_ALERTS_CHECK_MINUTES";
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "alert-digests");
        thread.setDaemon(true);
        return thread;
    });

    private DigestSchedule() {
    }

    /** Starts sending the due digests of {@code alerts} every {@code interval}, the first after one interval. */
    public static DigestSchedule start(Alerts alerts, Duration interval) {
        DigestSchedule schedule = new DigestSchedule();
        schedule.executor.scheduleWithFixedDelay(() -> {
            try {
                int sent = alerts.sendDigests();
                if (sent > 0) {
                    LOG.info("sent {} alert digests", sent);
                }
            } catch (Exception e) {
                // A failed run must not end the schedule: the digests stay due for the next one.
                LOG.error("sending alert digests failed", e);
            }
        }, interval.toMinutes(), interval.toMinutes(), TimeUnit.MINUTES);
        return schedule;
    }

    /** The interval in the environment ({@value #INTERVAL_VARIABLE}), or the default. */
    public static Duration interval(Map<String, String> environment) {
        String value = environment.get(INTERVAL_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_INTERVAL;
        }
        try {
            long minutes = Long.parseLong(value.strip());
            if (minutes < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofMinutes(minutes);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(INTERVAL_VARIABLE + " must be a whole number of minutes, at least 1,"
                    + " got '" + value + "'", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
