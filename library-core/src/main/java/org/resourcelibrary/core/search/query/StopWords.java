package org.resourcelibrary.core.search.query;

import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.search.query.UserQuery.Clause;
import org.resourcelibrary.core.search.query.UserQuery.Group;
import org.resourcelibrary.core.search.query.UserQuery.Nested;
import org.resourcelibrary.core.search.query.UserQuery.Phrase;
import org.resourcelibrary.core.search.query.UserQuery.Word;

/**
 * Words a search cannot use on their own: stop words of any of the languages, and punctuation. Beside other
 * words they only add to the score; a query of nothing else browses the library.
 */
public final class StopWords {

    private StopWords() {
    }

    /**
     * The query with its words and phrases left out when none of them can be searched (only stop words or
     * punctuation): then it browses the library through its filters, if any. Null when something in it can
     * be searched, or when it has no words to leave out.
     */
    public static UserQuery withoutUnsearchableText(UserQuery query) {
        if (!hasText(query, false) || hasText(query, true)) {
            return null;
        }
        return new UserQuery(query.groups().stream().filter(Group::isFilter).toList());
    }

    /** Whether the query has a word or phrase: any ({@code searchable} false) or one that can be searched. */
    private static boolean hasText(UserQuery query, boolean searchable) {
        for (Group group : query.groups()) {
            for (Clause clause : group.alternatives()) {
                boolean text = clause instanceof Nested nested ? hasText(nested.query(), searchable)
                        : (clause instanceof Word || clause instanceof Phrase) && (!searchable || searchable(clause));
                if (text) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean searchable(Clause clause) {
        if (clause instanceof Word word) {
            return !isStopWord(word);
        }
        // A phrase is searched as written: quoting stop words is how to look for them.
        return !Analysis.tokens(Analysis.neutral(), ((Phrase) clause).text()).isEmpty();
    }

    /** Whether the group is a lone word some language's analysis drops (optional when other words are present). */
    public static boolean isStopWord(Group group) {
        return group.alternatives().size() == 1 && group.alternatives().get(0) instanceof Word word
                && isStopWord(word);
    }

    /** A word dropped by the analysis of at least one language: optional when other words are present. */
    public static boolean isStopWord(Word word) {
        if (word.prefix() || word.field() != null) {
            return false;
        }
        for (String language : Analysis.LANGUAGES) {
            if (Analysis.tokens(Analysis.forLanguage(language), word.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
