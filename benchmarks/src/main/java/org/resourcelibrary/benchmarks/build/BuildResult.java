package org.resourcelibrary.benchmarks.build;

import java.util.Locale;

/**
 * One index build.
 *
 * @param seconds        from the first document to the durable commit, generation included
 * @param cpuSeconds     CPU time the process used meanwhile (all threads: generation, indexing, merges)
 * @param peakHeapBytes  the heap pools' peak use during the build
 * @param peakRssBytes   the process's peak resident memory (JVM, heap, index buffers)
 * @param generationRate documents per second the generator alone makes with the same threads
 */
public record BuildResult(long docs, int threads, double seconds, double cpuSeconds, long indexBytes, long peakHeapBytes,
                          long peakRssBytes, double generationRate, double loadAverage) {

    public double docsPerSecond() {
        return docs / seconds;
    }

    public double indexBytesPerDoc() {
        return (double) indexBytes / docs;
    }

    public String line() {
        return String.format(Locale.ROOT, "build %,d docs, %d threads: %.1f s, %.0f docs/s, %.2f CPU ms/doc, index %.1f MB "
                        + "(%.0f bytes/doc), peak heap %.0f MB, peak RSS %.0f MB; generator alone %.0f docs/s (load %.2f)",
                docs, threads, seconds, docsPerSecond(), cpuSeconds * 1000 / docs, indexBytes / 1e6, indexBytesPerDoc(), peakHeapBytes / 1e6,
                peakRssBytes / 1e6, generationRate, loadAverage);
    }
}
