package org.resourcelibrary.core.search;

import java.util.List;

/**
 * What the thesaurus added to a search: words of the query that name a concept, and the concept's other
 * labels searched as well (scored below the words as typed).
 *
 * @param concept the concept's id in the thesaurus, e.g. {@code topic:case-management}
 * @param matched the query's words that name it, as typed
 * @param added   the labels searched as well, in every language
 * @param tagged  the vocabulary value whose tagged documents match as well ({@code country:KE}), or null
 */
public record Expansion(String concept, String matched, List<String> added, String tagged) {

    public Expansion {
        added = List.copyOf(added);
    }
}
