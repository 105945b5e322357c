package org.resourcelibrary.core.search;

/**
 * Why a search, as its parameters ask for it, was refused. Numbers are written without grouping
 * ({@code {0,number,#}}): they are years, limits and counts a caller compares with what it sent.
 */
public enum SearchRefusal implements Refusal {
    /** Arguments: the parameter, the parameters a search takes. */
    UNKNOWN_PARAMETER("unknown parameter ''{0}''; a search takes {1}"),
    /** Arguments: the parameter, how many times. */
    GIVEN_TWICE("{0} is given {1,number,#} times; give it once"),
    /** Arguments: the parameter, the value. */
    NUMBER_TOO_SMALL("{0} {1} is too small"),
    /** Arguments: the parameter, the value, the limit. */
    NUMBER_TOO_LARGE("{0} {1} is too large; the limit is {2,number,#}"),
    /** Arguments: the parameter, the value. */
    NOT_A_NUMBER("{0} must be a whole number, got ''{1}''"),
    /** Arguments: the parameter, the text. */
    UNDECODABLE("{0} cannot be decoded: ''{1}'' is not valid percent-encoding (write % as %25)"),
    /** Arguments: the parameter (country), the value. */
    UNKNOWN_COUNTRY("unknown {0} ''{1}'': use an ISO 3166-1 alpha-2 code such as ZM or a country''s name"),
    /** Arguments: the parameter (language), the value. */
    UNKNOWN_LANGUAGE("unknown {0} ''{1}'': use an ISO 639-1 code such as fr or a language''s name"),
    /** Arguments: the parameter (year), the value. */
    UNKNOWN_YEAR("unknown {0} ''{1}'': use a four-digit year"),
    /** Arguments: the parameter (a vocabulary's dimension), the value. */
    UNKNOWN_CODE("unknown {0} ''{1}'': see GET /api/facets/{0} for the codes"),
    /** Arguments: the parameter (a dimension of free values), the value. */
    UNKNOWN_VALUE("unknown {0} ''{1}''"),
    /** Arguments: the sorts, the value. */
    SORT("sort must be one of {0}, got ''{1}''"),
    /** Arguments: the matches, the value. */
    MATCH("match must be one of {0}, got ''{1}''"),
    /** Arguments: the value. */
    EXPAND("expand must be true or false, got ''{0}''"),
    /** Arguments: the languages, the value. */
    LANGUAGE("lang must be one of {0}, got ''{1}''"),
    /** Arguments: the query's length, the limit. */
    QUERY_TOO_LONG("q is {0,number,#} characters long; the limit is {1,number,#}"),
    /** Arguments: the limit, the size. */
    SIZE_RANGE("size must be between 1 and {0,number,#}, got {1,number,#}"),
    /** Arguments: the page. */
    PAGE_TOO_SMALL("page must be 1 or more, got {0,number,#}"),
    /** Arguments: the limit. */
    PAGE_TOO_DEEP("page must be at most {0,number,#}; use the cursor (nextCursor) to page deeper"),
    /** Arguments: the earliest year, the latest, the year. */
    YEAR_FROM_RANGE("year_from must be a year between {0,number,#} and {1,number,#}, got {2,number,#}"),
    /** Arguments: the earliest year, the latest, the year. */
    YEAR_TO_RANGE("year_to must be a year between {0,number,#} and {1,number,#}, got {2,number,#}"),
    /** Arguments: the first year, the last. */
    YEARS_REVERSED("year_from ({0,number,#}) is after year_to ({1,number,#})"),
    /** Arguments: the word. */
    LEADING_WILDCARD("''{0}'': a word cannot start with a wildcard; put * at the end of a word, e.g. supervis*"),
    /** Arguments: the word. */
    INNER_WILDCARD("''{0}'': wildcards are only supported at the end of a word, e.g. supervis*"),
    /** Arguments: the word, the fewest letters. */
    SHORT_PREFIX("''{0}'': put at least {1,number,#} letters before *"),
    /** Arguments: how many results. */
    RELEVANCE_DEPTH("results ranked by relevance can be paged through the first {0,number,#}; sort by newest,"
            + " oldest or title to go further"),
    CURSOR_TOO_LONG("cursor is not valid: it is too long; start again from the first page"),
    CURSOR_FOREIGN("cursor is not valid: it is not a cursor this service issued; start again from the first page"),
    CURSOR_OTHER_SORT("cursor is not valid: it was issued for a different sort order; start again from the first"
            + " page"),
    CURSOR_DAMAGED("cursor is not valid: it is damaged; start again from the first page");

    private final String english;

    SearchRefusal(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }

    /** Why {@code parameter}, one of the year range's bounds, is not a year the library holds. */
    public static SearchRefusal yearRange(String parameter) {
        return SearchParameters.YEAR_TO.equals(parameter) ? YEAR_TO_RANGE : YEAR_FROM_RANGE;
    }

    /** Why a value of {@code dimension} is not one the library knows, as the dimension's kind says. */
    public static SearchRefusal unknown(Dimension dimension) {
        return switch (dimension.kind()) {
            case COUNTRIES -> UNKNOWN_COUNTRY;
            case LANGUAGES -> UNKNOWN_LANGUAGE;
            case YEARS -> UNKNOWN_YEAR;
            case TERMS -> UNKNOWN_CODE;
            case FREE -> UNKNOWN_VALUE;
        };
    }
}
