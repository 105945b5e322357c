package org.resourcelibrary.benchmarks.load;

import java.util.Locale;

/**
 * What one load run measured.
 *
 * @param requests answers received in the measured period (errors included)
 * @param errors   requests that failed (an exception, a status other than 200)
 * @param seconds  length of the measured period
 * @param cpuMsPerQuery CPU time the serving process used per answer (NaN when unknown)
 * @param warmedSeconds how long the target was warmed before the measured period
 * @param compilerMs    milliseconds this JVM's JIT compiler spent within the measured period, for an in-process
 *                      target (-1 for a target in another process)
 */
public record LoadResult(String target, int concurrency, long requests, long errors, double seconds, double p50Ms,
                         double p99Ms, double cpuMsPerQuery, double loadAverage, long warmedSeconds, long compilerMs) {

    public double qps() {
        return seconds > 0 ? (requests - errors) / seconds : 0;
    }

    /**
     * One line: {@code Solr HTTP c=8: 412.3 QPS, p50 14.2 ms, p99 61.0 ms, 0 errors of 12369 (load 2.10), warmed
     * 10 s}, and for an in-process target how long its compiler still worked within the measured period.
     */
    public String line() {
        return String.format(Locale.ROOT, "%s c=%d: %.1f QPS, p50 %.2f ms, p99 %.2f ms, %.2f CPU ms/query, %d errors of %d (load %.2f), warmed %d s%s",
                target, concurrency, qps(), p50Ms, p99Ms, cpuMsPerQuery, errors, requests, loadAverage, warmedSeconds,
                compilerMs < 0 ? "" : String.format(Locale.ROOT, ", compiler %d ms while measured", compilerMs));
    }
}
