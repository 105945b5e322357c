package org.resourcelibrary.indexer.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How extraction runs. Start from {@link #defaults()} and change what differs.
 *
 * @param threads            worker JVMs, i.e. files extracted at once ({@code --threads})
 * @param timeout            per-file wall-time limit; a worker still busy then is killed
 * @param workerHeapMb       heap cap of each worker JVM ({@code -Xmx}); a file needing more fails
 *                           {@code out of memory}
 * @param maxChars           text cap per document: the text read so far is kept and marked truncated
 * @param ocr                whether image-only pages and images are OCR'd
 * @param ocrPageTimeout     limit for OCR of one page or image
 * @param maxFilesPerWorker  a worker is replaced after this many files, to contain slow leaks in parsers
 * @param maxEmbeddedDepth   embedded documents nested deeper than this are not parsed
 * @param archives           limits for unpacking zip files given to ingest
 */
public record ExtractionSettings(
        int threads,
        Duration timeout,
        int workerHeapMb,
        int maxChars,
        OcrMode ocr,
        Duration ocrPageTimeout,
        int maxFilesPerWorker,
        int maxEmbeddedDepth,
        ArchiveLimits archives) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_WORKER_HEAP_MB = 512;
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    public static final Duration DEFAULT_OCR_PAGE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_FILES_PER_WORKER = 1_000;
    public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 10;

    public ExtractionSettings {
        requirePositive(threads, "threads");
        requirePositive(workerHeapMb, "workerHeapMb");
        requirePositive(maxChars, "maxChars");
        requirePositive(maxFilesPerWorker, "maxFilesPerWorker");
        requirePositive(maxEmbeddedDepth, "maxEmbeddedDepth");
        requirePositive(timeout, "timeout");
        requirePositive(ocrPageTimeout, "ocrPageTimeout");
        Objects.requireNonNull(ocr, "ocr");
        Objects.requireNonNull(archives, "archives");
    }

    /** One worker per core, and the documented default for every bound. */
    public static ExtractionSettings defaults() {
        return new ExtractionSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT,
                DEFAULT_WORKER_HEAP_MB, DEFAULT_MAX_CHARS, OcrMode.AUTO, DEFAULT_OCR_PAGE_TIMEOUT,
                DEFAULT_MAX_FILES_PER_WORKER, DEFAULT_MAX_EMBEDDED_DEPTH, ArchiveLimits.defaults());
    }

    public ExtractionSettings withThreads(int value) {
        return new ExtractionSettings(value, timeout, workerHeapMb, maxChars, ocr, ocrPageTimeout,
                maxFilesPerWorker, maxEmbeddedDepth, archives);
    }

    public ExtractionSettings withTimeout(Duration value) {
        return new ExtractionSettings(threads, value, workerHeapMb, maxChars, ocr, ocrPageTimeout,
                maxFilesPerWorker, maxEmbeddedDepth, archives);
    }

    public ExtractionSettings withWorkerHeapMb(int value) {
        return new ExtractionSettings(threads, timeout, value, maxChars, ocr, ocrPageTimeout,
                maxFilesPerWorker, maxEmbeddedDepth, archives);
    }

    public ExtractionSettings withMaxChars(int value) {
        return new ExtractionSettings(threads, timeout, workerHeapMb, value, ocr, ocrPageTimeout,
                maxFilesPerWorker, maxEmbeddedDepth, archives);
    }

    public ExtractionSettings withOcr(OcrMode value) {
        return new ExtractionSettings(threads, timeout, workerHeapMb, maxChars, value, ocrPageTimeout,
                maxFilesPerWorker, maxEmbeddedDepth, archives);
    }

    public ExtractionSettings withMaxFilesPerWorker(int value) {
        return new ExtractionSettings(threads, timeout, workerHeapMb, maxChars, ocr, ocrPageTimeout,
                value, maxEmbeddedDepth, archives);
    }

    public ExtractionSettings withArchives(ArchiveLimits value) {
        return new ExtractionSettings(threads, timeout, workerHeapMb, maxChars, ocr, ocrPageTimeout,
                maxFilesPerWorker, maxEmbeddedDepth, value);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
