package org.resourcelibrary.web.analytics;

import java.time.Period;
import java.util.Map;

/**
 * Whether searches are recorded, and for how long their single events are kept (the daily counts stay).
 *
 * @param on            false records nothing at all
 * @param retention     how long single searches, opened results and downloads are kept
 * @param queueCapacity events waiting for the writer; beyond it they are dropped (and counted)
 */
public record AnalyticsSettings(boolean on, Period retention, int queueCapacity) {

    public static final String ANALYTICS_VARIABLE = "LIBRARY_ANALYTICS";
    public static final String RETENTION_VARIABLE = "LIBRARY_ANALYTICS_RETENTION_MONTHS";
    /** A little over a year: this month can be compared with the same month last year. */
    public static final int DEFAULT_RETENTION_MONTHS = 13;
    /** Longest retention accepted: beyond it the setting is surely a mistake. */
    static final int MAX_RETENTION_MONTHS = 120;
    /** Enough for a burst of searches while the writer waits on the disk, small enough to cost no memory. */
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;

    public AnalyticsSettings {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the analytics retention must be at least one month");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("the analytics queue holds at least one event, got " + queueCapacity);
        }
    }

    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(true, Period.ofMonths(DEFAULT_RETENTION_MONTHS), DEFAULT_QUEUE_CAPACITY);
    }

    public static AnalyticsSettings off() {
        return new AnalyticsSettings(false, Period.ofMonths(DEFAULT_RETENTION_MONTHS), DEFAULT_QUEUE_CAPACITY);
    }

    /**
     * The defaults overridden by {@value #ANALYTICS_VARIABLE} ({@code on} or {@code off}) and
     * {@value #RETENTION_VARIABLE} (whole months) where set.
     *
     * @throws IllegalArgumentException naming the variable whose value is invalid
     */
    public static AnalyticsSettings fromEnvironment(Map<String, String> environment) {
        AnalyticsSettings defaults = defaults();
        boolean on = defaults.on;
        String value = environment.get(ANALYTICS_VARIABLE);
        if (value != null && !value.isBlank()) {
            on = switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true" -> true;
                case "off", "false" -> false;
                default -> throw new IllegalArgumentException(ANALYTICS_VARIABLE + " must be on or off, got '"
                        + value + "'");
            };
        }
        Period retention = defaults.retention;
        value = environment.get(RETENTION_VARIABLE);
        if (value != null && !value.isBlank()) {
            int months;
            try {
                months = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                months = -1;
            }
            if (months < 1 || months > MAX_RETENTION_MONTHS) {
                throw new IllegalArgumentException(RETENTION_VARIABLE + " must be a whole number of months from 1"
                        + " to " + MAX_RETENTION_MONTHS + ", got '" + value + "'");
            }
            retention = Period.ofMonths(months);
        }
        return new AnalyticsSettings(on, retention, defaults.queueCapacity);
    }
}
