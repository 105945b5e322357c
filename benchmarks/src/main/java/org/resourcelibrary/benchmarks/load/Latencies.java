package org.resourcelibrary.benchmarks.load;

import java.util.Arrays;

/** Percentiles of recorded latencies, by sorting them (exact, and cheap at these counts). */
public final class Latencies {

    private Latencies() {
    }

    /** The {@code p}-th percentile (0..100) of {@code nanos} in milliseconds, nearest-rank; NaN when empty. */
    public static double percentileMs(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** The median of some figures (the mean of the middle two for an even count); NaN when empty. */
    public static double median(double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
