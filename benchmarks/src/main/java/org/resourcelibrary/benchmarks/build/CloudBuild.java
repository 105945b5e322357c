package org.resourcelibrary.benchmarks.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.resourcelibrary.benchmarks.Machine;
import org.resourcelibrary.benchmarks.build.IndexBuild.SyntheticCorpusSpec;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;
import org.resourcelibrary.solr.SolrBatch;
import org.resourcelibrary.solr.SolrLibrary;

/**
 * Builds a library from the synthetic generator into a SolrCloud collection (made by {@code library solr init}),
 * through the library's own SolrCloud backend: {@code threads} workers each generate the next batch of documents
 * and write it as one replicated update ({@link SolrBatch}), then one hard commit. The same documents, with the
 * same ids, as {@link IndexBuild} puts in the embedded index; it records the corpus in {@code data} the same way, so
 * that the query benchmark can be pointed at the collection with that directory.
 */
public final class CloudBuild {

    /** Documents per update request. */
    public static final int BATCH = 500;
    /** Documents between two progress lines: a long load says how far it is. */
    static final long PROGRESS_EVERY = 50_000;

    private final Vocabulary vocabulary;
    private final PrintWriter out;

    public CloudBuild(Vocabulary vocabulary, PrintWriter out) {
        this.vocabulary = vocabulary;
        this.out = out;
    }

    /** Writes the first {@code spec.count()} documents of the corpus into {@code library}'s collection. */
    public String build(Path data, SyntheticCorpusSpec spec, SolrLibrary library, int threads)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        SyntheticCorpus corpus = spec.corpus(vocabulary);
        double load = Machine.loadAverage();
        long started = System.nanoTime();
        AtomicLong written = new AtomicLong();
        long batches = (spec.count() + BATCH - 1) / BATCH;
        IndexBuild.inParallel(threads, batches, b -> {
            SolrBatch batch = library.batch();
            long first = b * BATCH;
            long end = Math.min(spec.count(), first + BATCH);
            Instant now = Instant.now();
            for (long i = first; i < end; i++) {
                batch.upsert(corpus.record(i).toResourceContent(), now);
            }
            batch.send();
            progress(written.addAndGet(end - first), started);
        });
        library.commit();
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.write(data.resolve(IndexBuild.CORPUS_FILE));
        return String.format(Locale.ROOT, "SolrCloud build %,d docs into collection %s, %d threads: %.1f s, %.0f docs/s "
                + "(generation included; load %.2f at the start, %.2f at the end)", spec.count(), library.collection(),
                threads, seconds, spec.count() / seconds, load, Machine.loadAverage());
    }

    private void progress(long written, long started) {
        if (written % PROGRESS_EVERY < BATCH) {
            synchronized (out) {
                out.printf(Locale.ROOT, "  %,d written, %.0f docs/s (load %.2f)%n", written,
                        written / ((System.nanoTime() - started) / 1e9), Machine.loadAverage());
                out.flush();
            }
        }
    }
}
