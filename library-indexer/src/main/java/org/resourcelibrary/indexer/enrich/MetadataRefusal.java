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
    ONE_TYPE("a document has one type, not {0,number,#} ({1}); the first is kept"),
    /** Arguments: the field as typed, the fields. */
    UNKNOWN_FIELD("unknown field ''{0}''; the fields are {1}"),
    /** Arguments: the dimension's name, the value. */
    VALUE_UNKNOWN("unknown {0} ''{1}''"),
    /** Arguments: the dimension's name, the value, the closest known value. */
    VALUE_UNKNOWN_CLOSEST("unknown {0} ''{1}'' (did you mean {2}?)"),
    /** Arguments: the dimension's name, the value, its parts each understood, joined by ; . */
    VALUE_UNKNOWN_SEPARATED("unknown {0} ''{1}'': several values are separated by '';'' ({2})"),
    /** Arguments: the dimension's name, the value, its values (a short closed list to pick one from). */
    CHOICE_UNKNOWN("unknown {0} ''{1}''; the {0}s are {2}"),
    /** Arguments: the dimension's name, the value, the closest known value, its values. */
    CHOICE_UNKNOWN_CLOSEST("unknown {0} ''{1}'' (did you mean {2}?); the {0}s are {3}"),
    /** Arguments: the field, how many values, the most it may have. */
    TOO_MANY_VALUES("{0} has {1,number,#} values; the limit is {2,number,#}"),
    /** Arguments: the field, the value's length, the limit. */
    TOO_LONG("{0} is {1,number} characters long; the limit is {2,number,#} characters"),
    /** Arguments: the field, the value's beginning, its length, the limit. */
    VALUE_TOO_LONG("{0}: ''{1}…'' is {2,number} characters long; the limit is {3,number,#} characters per value"),
    /** Arguments: the action, the fields of several values, the field. */
    BULK_LIST_ACTION("{0} is for fields of several values ({1}); set {2} instead"),
    /** Arguments: the action. */
    BULK_VALUE_MISSING("give the value to {0}"),
    /** Arguments: how many documents the search finds, the most a bulk edit changes. */
    BULK_TOO_MANY("the search finds {0,number,#} documents; a bulk edit changes at most {1,number,#}: narrow the"
            + " search");

    private final String english;

    MetadataRefusal(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
