package org.resourcelibrary.web.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.resourcelibrary.core.search.InvalidRequestException;

/**
 * The days a report covers, both included (UTC days, as analytics count them).
 *
 * @param from the first day
 * @param to   the last day
 */
public record InsightsPeriod(LocalDate from, LocalDate to) {

    public static final String FROM = "from";
    public static final String TO = "to";
    /** The days a report covers when no {@code from} is given: the last thirty, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** Longest period a report covers: the daily counts are kept for good, but a report stays quick. */
    public static final int MAX_DAYS = 3660;

    /**
     * The period of {@code from} and {@code to} (ISO dates; either may be null), the last {@link #DEFAULT_DAYS}
     * days up to {@code today} by default.
     *
     * @throws InvalidRequestException naming the parameter at fault
     */
    public static InsightsPeriod of(String from, String to, LocalDate today) {
        LocalDate last = to == null || to.isBlank() ? today : date(TO, to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1L) : date(FROM, from);
        if (first.isAfter(last)) {
            throw new InvalidRequestException(FROM, "from (" + first + ") is after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidRequestException(FROM, "a period covers at most " + MAX_DAYS + " days");
        }
        return new InsightsPeriod(first, last);
    }

    /** How many days the period covers. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of as many days just before this one, for the trend. */
    public InsightsPeriod previous() {
        return new InsightsPeriod(from.minusDays(days()), from.minusDays(1));
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, parameter + " must be a date such as 2026-01-31, got '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
    }
}
