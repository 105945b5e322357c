package org.resourcelibrary.samples.source;

import java.util.List;

/**
 * One slide of a presentation.
 *
 * @param notes the speaker notes, or an empty string
 */
public record Slide(String title, List<Block> blocks, String notes) {

    public Slide {
        blocks = List.copyOf(blocks);
    }
}
