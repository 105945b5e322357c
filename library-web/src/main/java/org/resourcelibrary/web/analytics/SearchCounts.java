package org.resourcelibrary.web.analytics;

/**
 * How often a search was made over a period, how often it found nothing, and how often a result of it was opened.
 */
public record SearchCounts(SearchKey search, long searches, long zeroResults, long opens) {

    /** Searches that found something (and so could have been opened). */
    public long withResults() {
        return searches - zeroResults;
    }
}
