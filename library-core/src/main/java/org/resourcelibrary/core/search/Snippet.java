package org.resourcelibrary.core.search;

/**
 * A passage of a hit's text around the query's matches.
 *
 * @param text HTML-escaped text with {@code <mark>} around the matched words; safe to insert into a page
 * @param page 1-based page (or slide) the passage is on, or null for documents without pages
 */
public record Snippet(String text, Integer page) {
}
