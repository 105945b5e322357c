package org.resourcelibrary.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * Libraries of generated documents (the project's synthetic corpus, from the run's seed): each size built
 * once per test JVM and shared; a test that writes works on a copy.
 */
public final class SyntheticLibrary {

    private static final Map<Integer, Path> SHARED = new HashMap<>();

    private SyntheticLibrary() {
    }

    /** The index of the shared library of this many documents, built on first use. */
    public static synchronized Path index(int documents) throws IOException {
        Path shared = SHARED.get(documents);
        if (shared == null) {
            Path dir = Files.createTempDirectory("reliability-synthetic-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Folders.delete(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            long started = System.nanoTime();
            write(dir.resolve("index"), Seeds.seed(), documents);
            Figures.print("synthetic-library", documents + " generated documents indexed in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            shared = dir.resolve("index");
            SHARED.put(documents, shared);
        }
        return shared;
    }

    /** A copy of the shared library of this many documents at {@code indexDir}, to write to. */
    public static Path copy(int documents, Path indexDir) throws IOException {
        Folders.copy(index(documents), indexDir);
        return indexDir;
    }

    /** Writes {@code documents} generated documents into a new index in {@code indexDir} and commits them. */
    public static void write(Path indexDir, long seed, int documents) throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(indexDir, Vocabulary.standard())) {
            new SyntheticCorpus(seed, Vocabulary.standard()).contents(documents).forEach(content -> {
                try {
                    library.upsert(content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            library.commit();
        }
    }

    /** Opens an index for reading and writing with the given search time budget. */
    public static LuceneLibrary open(Path indexDir, Duration timeBudget) throws IOException {
        return LuceneLibrary.open(indexDir, Vocabulary.standard(), Ranking.DEFAULT, timeBudget);
    }
}
