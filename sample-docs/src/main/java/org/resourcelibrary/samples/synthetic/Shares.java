package org.resourcelibrary.samples.synthetic;

import java.util.SplittableRandom;

/** Draws from a discrete distribution given as shares (the generator's and the benchmarks' query mix's). */
public final class Shares {
    private Shares() {
    }

    /** An index of {@code shares}, each drawn with its share's probability (the last takes any rounding). */
    public static int draw(double[] shares, SplittableRandom random) {
        double ticket = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            ticket -= shares[i];
            if (ticket < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
