package org.resourcelibrary.samples.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

/**
 * The moment a {@code props.created} date stands for: noon UTC, so the date reads the same in every time
 * zone.
 */
final class DocumentDates {

    static final int HOUR = 12;

    private DocumentDates() {
    }

    static ZonedDateTime moment(LocalDate date) {
        return date.atTime(HOUR, 0).atZone(ZoneOffset.UTC);
    }

    /** As a calendar, or null when there is no date. */
    static Calendar calendar(LocalDate date) {
        return date == null ? null : GregorianCalendar.from(moment(date));
    }

    /** As a date, or null when there is no date. */
    static Date date(LocalDate date) {
        return date == null ? null : Date.from(moment(date).toInstant());
    }
}
