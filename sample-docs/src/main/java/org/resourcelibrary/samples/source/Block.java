package org.resourcelibrary.samples.source;

import java.util.List;

/** A block of a page or slide body. */
public sealed interface Block {

    /** A heading of level 1 to 3 ({@code #}, {@code ##}, {@code ###}). */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph: consecutive lines of text joined by spaces. */
    record Paragraph(RichText text) implements Block {
    }

    /**
     * A bulleted ({@code - item}) or numbered ({@code 1. item}) list.
     *
     * @param start the number of the first item of a numbered list (1 for bullets)
     */
    record ListBlock(boolean numbered, int start, List<RichText> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A table: the header row and the body rows, each with the same number of cells. */
    record Table(List<RichText> header, List<List<RichText>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public int columns() {
            return header.size();
        }
    }
}
