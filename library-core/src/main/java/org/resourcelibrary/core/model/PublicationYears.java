package org.resourcelibrary.core.model;

import java.time.Clock;
import java.time.Year;

/**
 * The years a document may be published in, one range for every door: a search's year bounds, an upload's
 * or a manifest's year and a librarian's edit all take the same years.
 */
public final class PublicationYears {

    /** Earliest year a document may carry (the library holds older reports; inference is stricter). */
    public static final int EARLIEST = 1800;
    /** Years after the current one a document may carry: a report is often dated for the year it comes out. */
    public static final int FORTHCOMING = 1;

    private PublicationYears() {
    }

    /** The latest year a document may carry now. */
    public static int latest() {
        return latest(Clock.systemUTC());
    }

    public static int latest(Clock clock) {
        return Year.now(clock).getValue() + FORTHCOMING;
    }
}
