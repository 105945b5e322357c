package org.resourcelibrary.samples.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lists the synthetic corpus draws from (countries and organisations in popularity order, term lists per
 * language), for the generator and for whoever must draw queries that match it (the benchmarks' query mix).
 */
public final class CorpusLists {
    private CorpusLists() {
    }

    /** The lines of list {@code name} of this package ("countries.txt", "terms-en.tsv"), comments and blanks left out. */
    public static List<String> lines(String name) {
        try (InputStream in = CorpusLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
