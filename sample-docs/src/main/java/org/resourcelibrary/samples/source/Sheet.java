package org.resourcelibrary.samples.source;

import java.util.List;

/** One worksheet: its name and its rows of cells, the first row being the header. */
public record Sheet(String name, List<List<String>> rows) {

    public Sheet {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
