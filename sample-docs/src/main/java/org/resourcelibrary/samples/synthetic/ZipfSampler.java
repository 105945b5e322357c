package org.resourcelibrary.samples.synthetic;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * Draws indexes 0..n-1 with given weights in constant time and one random number (Walker's alias method),
 * so a hundred thousand documents of thousands of words each stay cheap. Immutable and thread-safe.
 */
final class ZipfSampler {

    private static final double UNIT = 0x1.0p-32;

    private final double[] threshold;
    private final int[] alias;

    ZipfSampler(double[] weights) {
        threshold = new double[weights.length];
        alias = new int[weights.length];
        build(weights);
    }

    /** Ranks 0..size-1 with probability proportional to {@code 1 / (rank + 1)^exponent}. */
    ZipfSampler(int size, double exponent) {
        this(weights(size, exponent));
    }

    private static double[] weights(int size, double exponent) {
        double[] weights = new double[size];
        for (int rank = 0; rank < size; rank++) {
            weights[rank] = 1.0 / StrictMath.pow(rank + 1.0, exponent);
        }
        return weights;
    }

    int size() {
        return threshold.length;
    }

    /** One 64-bit draw: the high half picks the column (multiply-shift), the low half the coin. */
    int sample(SplittableRandom random) {
        long bits = random.nextLong();
        int column = (int) (((bits >>> 32) * threshold.length) >>> 32);
        return (bits & 0xFFFFFFFFL) * UNIT < threshold[column] ? column : alias[column];
    }

    private void build(double[] weights) {
        int n = weights.length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] scaled = new double[n];
        Deque<Integer> small = new ArrayDeque<>();
        Deque<Integer> large = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1.0 ? small : large).push(i);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int less = small.pop();
            int more = large.pop();
            threshold[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            (scaled[more] < 1.0 ? small : large).push(more);
        }
        while (!large.isEmpty()) {
            threshold[large.pop()] = 1.0;
        }
        while (!small.isEmpty()) {
            threshold[small.pop()] = 1.0;
        }
    }
}
