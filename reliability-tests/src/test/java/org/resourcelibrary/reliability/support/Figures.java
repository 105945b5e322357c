package org.resourcelibrary.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The figures a test measured, one line each: on the test's output and appended to
 * {@code target/reliability-figures.txt} (started afresh by each test JVM), where RELIABILITY.md's figures are
 * read from after a run.
 */
public final class Figures {

    /** Where the figures of one build of this module are collected. */
    public static final Path FILE = Path.of("target", "reliability-figures.txt");

    private static boolean started;

    private Figures() {
    }

    /** Records one figure of the named test. */
    public static synchronized void print(String test, String figure) {
        String line = "reliability: " + test + ": " + figure;
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            started = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a figure in " + FILE, e);
        }
    }
}
