package org.resourcelibrary.indexer.enrich;

import org.resourcelibrary.core.search.Refusal;

/** Why a metadata value a librarian typed was refused or changed. Years are written without grouping. */
public enum MetadataRefusal implements Refusal {
    /** Arguments: the year, the earliest, the latest. */
    YEAR_RANGE("year {0,number,#} is not between {1,number,#} and {2,number,#}"),
    /** Arguments: the value. */
    NOT_A_YEAR("''{0}'' is not a year (e.g. 2019)"),
    /** Arguments: the value, its first year. */
    YEAR_SPAN("''{0}'' is a span of years; its first, {1}, is kept"),
    /** Arguments: how many types, the types. */
    ONE_TYPE("a document has one type, not {0,number,#} ({1}); the first is kept");

    private final String english;

    MetadataRefusal(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
