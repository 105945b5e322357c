package org.resourcelibrary.samples.source;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Text with inline emphasis ({@code **bold**} in the source), as spans. */
public record RichText(List<Span> spans) {

    private static final String BOLD_MARK = "**";

    public RichText {
        spans = List.copyOf(spans);
    }

    /** Unstyled text. */
    public static RichText plain(String text) {
        return new RichText(List.of(new Span(text, false)));
    }

    /**
     * Parses {@code **bold**} markers.
     *
     * @throws IllegalArgumentException when a marker is not closed
     */
    public static RichText parse(String text) {
        List<Span> spans = new ArrayList<>();
        boolean bold = false;
        int from = 0;
        int mark;
        while ((mark = text.indexOf(BOLD_MARK, from)) >= 0) {
            if (mark > from) {
                spans.add(new Span(text.substring(from, mark), bold));
            }
            bold = !bold;
            from = mark + BOLD_MARK.length();
        }
        if (bold) {
            throw new IllegalArgumentException("unclosed ** (bold) marker");
        }
        if (from < text.length()) {
            spans.add(new Span(text.substring(from), false));
        }
        return new RichText(spans);
    }

    /** The text without any styling. */
    public String plain() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }
}
