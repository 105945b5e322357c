package org.resourcelibrary.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.resourcelibrary.benchmarks.build.BuildResult;
import org.resourcelibrary.benchmarks.build.IndexBuild;
import org.resourcelibrary.benchmarks.build.IndexBuild.SyntheticCorpusSpec;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/** A tiny synthetic library built the way the benchmarks build theirs: the smoke tests' fixture. */
public final class SmallLibrary {

    public static final long DOCS = 200;
    public static final int THREADS = 2;

    private SmallLibrary() {
    }

    public static BuildResult build(Path data) throws IOException, InterruptedException {
        return new IndexBuild(Vocabulary.standard()).build(data, new SyntheticCorpusSpec(SyntheticCorpus.DEFAULT_SEED,
                DOCS, SyntheticCorpus.DEFAULT_MEDIAN_WORDS), THREADS);
    }
}
