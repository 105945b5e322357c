package org.resourcelibrary.core.search;

import java.util.Arrays;
import java.util.Optional;
import org.resourcelibrary.core.html.Html;

/**
 * A passage of a hit's text around the query's matches.
 *
 * @param text HTML-escaped text with {@code <mark>} around the matched words; safe to insert into a page
 * @param page 1-based page (or slide) the passage is on, or null for documents without pages
 */
public record Snippet(String text, Integer page) {

    /** Length of the opening shown when nothing in the text matched (e.g. title-only matches, browsing). */
    static final int OPENING_LENGTH = 240;
    /** Characters of the text's start an opening is made from (far more than it shows, whitespace aside). */
    static final int OPENING_SCAN = 20_000;

    /** 1-based page of a character offset, or null for a text without pages. */
    public static Integer page(int[] pageOffsets, int offset) {
        if (pageOffsets.length <= 1) {
            return pageOffsets.length == 1 ? 1 : null;
        }
        int index = Arrays.binarySearch(pageOffsets, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The opening of a text as a snippet (what a hit shows when nothing in it is marked), on its page. */
    public static Optional<Snippet> opening(String body, int[] pageOffsets) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        int start = 0;
        while (Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        // Only the opening is shown: whitespace is collapsed in its first part, not through the whole text.
        String text = body.substring(start, Math.min(body.length(), start + OPENING_SCAN)).strip()
                .replaceAll("\\s+", " ");
        if (text.length() > OPENING_LENGTH) {
            int cut = text.lastIndexOf(' ', OPENING_LENGTH);
            text = text.substring(0, cut > OPENING_LENGTH / 2 ? cut : OPENING_LENGTH) + " …";
        }
        return Optional.of(new Snippet(Html.escape(text), page(pageOffsets, 0)));
    }
}
