package org.resourcelibrary.samples.source;

import java.util.List;

/** One page of a paged document: what lies between two {@code === page ===} markers. */
public record Page(List<Block> blocks) {

    public Page {
        blocks = List.copyOf(blocks);
    }
}
