package org.resourcelibrary.benchmarks.load;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load results of several targets over several runs, summarised as medians per target and concurrency, and
 * ratios between two targets taken run by run (both measured in the same run, moments apart) before their median.
 */
public final class Comparison {

    private final Map<String, List<LoadResult>> byTargetAndConcurrency = new LinkedHashMap<>();

    public void add(LoadResult result) {
        byTargetAndConcurrency.computeIfAbsent(key(result.target(), result.concurrency()), k -> new ArrayList<>())
                .add(result);
    }

    /** Results of {@code target} at {@code concurrency}, in run order. */
    public List<LoadResult> results(String target, int concurrency) {
        return byTargetAndConcurrency.getOrDefault(key(target, concurrency), List.of());
    }

    public double medianQps(String target, int concurrency) {
        return Latencies.median(results(target, concurrency).stream().mapToDouble(LoadResult::qps).toArray());
    }

    public double medianP50(String target, int concurrency) {
        return Latencies.median(results(target, concurrency).stream().mapToDouble(LoadResult::p50Ms).toArray());
    }

    public double medianP99(String target, int concurrency) {
        return Latencies.median(results(target, concurrency).stream().mapToDouble(LoadResult::p99Ms).toArray());
    }

    public double medianCpuMs(String target, int concurrency) {
        return Latencies.median(results(target, concurrency).stream().mapToDouble(LoadResult::cpuMsPerQuery).toArray());
    }

    /** The median over runs of {@code a}'s QPS divided by {@code b}'s in the same run. */
    public double medianQpsRatio(String a, String b, int concurrency) {
        List<LoadResult> as = results(a, concurrency);
        List<LoadResult> bs = results(b, concurrency);
        double[] ratios = new double[Math.min(as.size(), bs.size())];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = as.get(i).qps() / bs.get(i).qps();
        }
        return Latencies.median(ratios);
    }

    /**
     * {@code a}'s p99 minus {@code b}'s, run by run: each pair measured moments apart, so a load that slows both
     * cancels out of the difference where it would swamp a comparison of medians.
     */
    public double[] p99Differences(String a, String b, int concurrency) {
        List<LoadResult> as = results(a, concurrency);
        List<LoadResult> bs = results(b, concurrency);
        double[] differences = new double[Math.min(as.size(), bs.size())];
        for (int i = 0; i < differences.length; i++) {
            differences[i] = as.get(i).p99Ms() - bs.get(i).p99Ms();
        }
        return differences;
    }

    /** A Markdown table: target, concurrency, runs, median QPS, p50, p99, errors, load averages. */
    public void printTable(PrintWriter out) {
        out.println("| target | concurrency | runs | QPS (median) | p50 ms | p99 ms | CPU ms/query | errors | load avg |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        byTargetAndConcurrency.forEach((key, results) -> {
            LoadResult first = results.get(0);
            long errors = results.stream().mapToLong(LoadResult::errors).sum();
            long requests = results.stream().mapToLong(LoadResult::requests).sum();
            StringBuilder loads = new StringBuilder();
            for (LoadResult r : results) {
                loads.append(loads.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", r.loadAverage()));
            }
            out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %d of %d | %s |%n", first.target(),
                    first.concurrency(), results.size(), medianQps(first.target(), first.concurrency()),
                    medianP50(first.target(), first.concurrency()), medianP99(first.target(), first.concurrency()),
                    medianCpuMs(first.target(), first.concurrency()), errors, requests, loads);
        });
    }

    private static String key(String target, int concurrency) {
        return target + "\u0000" + concurrency;
    }
}
