package org.resourcelibrary.web.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram: cumulative counts of observations at or below each bucket's upper bound. */
final class Histogram {

    private final List<Double> bounds;
    private final LongAdder[] buckets;
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    Histogram(List<Double> bounds) {
        this.bounds = List.copyOf(bounds);
        this.buckets = new LongAdder[bounds.size()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(double value) {
        for (int i = 0; i < buckets.length; i++) {
            if (value <= bounds.get(i)) {
                buckets[i].increment();
                break;
            }
        }
        count.increment();
        sum.add(value);
    }

    /** Writes the {@code _bucket}, {@code _sum} and {@code _count} samples with the given labels. */
    void write(PrometheusText out, String name, List<String> labels) {
        long cumulative = 0;
        for (int i = 0; i < buckets.length; i++) {
            cumulative += buckets[i].sum();
            out.sample(name + "_bucket", with(labels, "le", PrometheusText.number(bounds.get(i))), cumulative);
        }
        out.sample(name + "_bucket", with(labels, "le", "+Inf"), count.sum());
        out.sample(name + "_sum", labels, sum.sum());
        out.sample(name + "_count", labels, count.sum());
    }

    long count() {
        return count.sum();
    }

    private static List<String> with(List<String> labels, String name, String value) {
        List<String> all = new ArrayList<>(labels);
        all.add(name);
        all.add(value);
        return all;
    }
}
