package org.resourcelibrary.core.thesaurus;

/**
 * Consecutive words of a query that name a concept.
 *
 * @param concept    the concept named
 * @param firstGroup index of the query's first group in the match
 * @param lastGroup  index of its last group (inclusive)
 * @param matched    the words as typed
 */
public record ConceptMatch(Concept concept, int firstGroup, int lastGroup, String matched) {

    boolean covers(int group) {
        return group >= firstGroup && group <= lastGroup;
    }
}
