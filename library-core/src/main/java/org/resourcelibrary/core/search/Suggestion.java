package org.resourcelibrary.core.search;

/**
 * An autocomplete suggestion.
 *
 * @param text      what to show and, for a title, what to search
 * @param kind      {@code title} or a facet dimension ({@code country}, {@code topic}…)
 * @param value     for a facet suggestion, the code to filter on; for a title, the document id
 */
public record Suggestion(String text, String kind, String value) {
}
