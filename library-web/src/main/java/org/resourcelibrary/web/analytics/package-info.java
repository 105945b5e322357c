/**
 * Search analytics, privacy first: what members searched for (the words as typed, normalised, with the search's
 * filters and the member's language), how many results each found, which result was opened at which position,
 * and which files were downloaded; never an address, a cookie or a user id. Recorded off the search thread
 * (a bounded queue drained by one writer) into the library database, and counted per day; past the retention
 * only the daily counts remain. A full queue or a full disk loses analytics (counted), never a search.
 */
package org.resourcelibrary.web.analytics;
