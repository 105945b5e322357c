package org.resourcelibrary.core.lucene.search;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.resourcelibrary.core.lucene.query.Typos;
import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.Expansion;
import org.resourcelibrary.core.search.MemberLanguage;

/**
 * A request understood ({@link Planner}): its text query (every word; then, for when no document has every
 * one, its relaxations; none with {@code match=all}), what its word pairs' proximity adds to a score (null
 * without two plain words), its selections and its sort, and what snippets mark in each body field (null
 * without words). A question of many words is expanded with feedback from its first results. The member's
 * language is the one assumed for the response; the preferred one is what ranking prefers (null when the
 * order is not by relevance). The thesaurus's additions are part of the queries and listed.
 */
record Plan(UserQuery userQuery, Typos typos, Query strict, List<Query> relaxed, Query proximity,
            boolean expand, int words, Selections selections, SortField[] sortFields,
            Function<String, Query> marks, boolean nothingSearchable, MemberLanguage language,
            String preferred, List<Expansion> expansions) {
    boolean hasText() {
        return marks != null;
    }
}
