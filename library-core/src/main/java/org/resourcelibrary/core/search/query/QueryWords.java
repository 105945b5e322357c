package org.resourcelibrary.core.search.query;

import org.resourcelibrary.core.search.query.UserQuery.Group;

/**
 * How many words a query searches, stop words aside, and how many of them a keyword query must match: what every
 * backend decides its matching from (all words of a keyword query, any of a longer one, relaxed step by step).
 */
public final class QueryWords {

    /** Queries of up to this many words (stop words aside) need all of them to match. */
    public static final int ALL_WORDS_UP_TO = 3;

    private QueryWords() {
    }

    /** How many words of the query are searched in text and not joined by {@code AND}, stop words aside. */
    public static int optional(UserQuery query) {
        return (int) query.groups().stream().filter(group -> !group.prohibited() && !group.required()
                && !group.isFilter() && !StopWords.isStopWord(group)).count();
    }

    /** How many words of the query are searched in text, stop words aside. */
    public static int content(UserQuery query) {
        int words = 0;
        for (Group group : query.groups()) {
            if (!group.prohibited() && !group.isFilter() && !StopWords.isStopWord(group)) {
                words++;
            }
        }
        return words;
    }
}
