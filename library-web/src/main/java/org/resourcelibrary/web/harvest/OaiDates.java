package org.resourcelibrary.web.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * OAI-PMH datestamps: UTC, to the second ({@code YYYY-MM-DDThh:mm:ssZ}); {@code from} and {@code until} may also
 * be whole days. Bounds are inclusive at their granularity: {@code until=2024-05-01} takes the whole day.
 */
final class OaiDates {

    /** The finest granularity the library's datestamps have, as {@code Identify} announces it. */
    static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private OaiDates() {
    }

    /** A datestamp as harvesters read it. */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A bound given in a request, parsed. */
    record Bound(Instant instant, boolean day) {
    }

    /**
     * Parses {@code from} or {@code until}: the first millisecond of its day or second for {@code from}, the last
     * for {@code until}.
     */
    static Bound parse(String name, String value, boolean until) throws OaiError {
        try {
            if (DAY.matcher(value).matches()) {
                Instant start = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Bound(until ? start.plus(1, ChronoUnit.DAYS).minusMillis(1) : start, true);
            }
            if (SECOND.matcher(value).matches()) {
                Instant second = Instant.parse(value);
                return new Bound(until ? second.plusMillis(999) : second, false);
            }
        } catch (DateTimeParseException e) {
            throw new OaiError(OaiError.Code.BAD_ARGUMENT, name + " '" + value + "' is not a day of the calendar");
        }
        throw new OaiError(OaiError.Code.BAD_ARGUMENT, name + " '" + value + "' is neither YYYY-MM-DD nor "
                + GRANULARITY);
    }
}
