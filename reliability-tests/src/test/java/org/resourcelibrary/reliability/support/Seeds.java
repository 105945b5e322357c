package org.resourcelibrary.reliability.support;

import java.util.Random;

/**
 * Seeded randomness: every run uses one seed (printed by each test), {@code -Dreliability.seed=N} replays
 * a run with another. Each test gets its own generator, derived from the seed and the test's name, so
 * adding a test does not change what another one draws.
 */
public final class Seeds {

    public static final String PROPERTY = "reliability.seed";
    /** The seed CI runs with unless told otherwise. */
    public static final long DEFAULT_SEED = 7_2024_06_07L;

    private Seeds() {
    }

    /** The run's seed. */
    public static long seed() {
        String given = System.getProperty(PROPERTY);
        return given == null || given.isBlank() ? DEFAULT_SEED : Long.parseLong(given.strip());
    }

    /** A generator for the named test, seeded from the run's seed; says which seed. */
    public static Random forTest(String name) {
        long seed = seed();
        Figures.print(name, "seed " + seed + " (-D" + PROPERTY + "=" + seed + " replays this run)");
        return new Random(seed * 31 + name.hashCode());
    }
}
