package org.resourcelibrary.samples;

import java.util.List;

/**
 * What a generator run did.
 *
 * @param written      the library files written, by name
 * @param manifestRows rows of {@code manifest.csv}
 * @param failures     one line per source that could not be used, naming the file (and line)
 */
public record GenerationReport(List<String> written, int manifestRows, List<String> failures) {

    public GenerationReport {
        written = List.copyOf(written);
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }
}
