package org.resourcelibrary.samples.synthetic;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Command line: generates a synthetic corpus as JSONL ({@code --out}), as files with a manifest
 * ({@code --files}), or neither (to time generation alone), and prints how long it took.
 */
@Command(name = "synthetic-corpus", mixinStandardHelpOptions = true,
        description = "Generates a deterministic synthetic corpus for scale work.")
public final class SyntheticCorpusCommand implements Callable<Integer> {

    private static final int OUTPUT_BUFFER = 1 << 20;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "" + SyntheticCorpus.DEFAULT_COUNT,
            description = "Number of documents (default: ${DEFAULT-VALUE}).")
    private long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SyntheticCorpus.DEFAULT_SEED,
            description = "Seed: the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--median-words", paramLabel = "W", defaultValue = "" + SyntheticCorpus.DEFAULT_MEDIAN_WORDS,
            description = "Median document length in words (default: ${DEFAULT-VALUE}; e.g. 2000 for long reports).")
    private int medianWords;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the records as JSON Lines to FILE.")
    private Path out;

    @Option(names = "--files", paramLabel = "DIR",
            description = "Write .txt and .html files under DIR, with DIR/manifest.csv.")
    private Path files;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SyntheticCorpusCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (count < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must not be negative");
        }
        if (medianWords < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--median-words must be positive");
        }
        SyntheticCorpus corpus = new SyntheticCorpus(seed, Vocabulary.standard(), medianWords);
        long start = System.nanoTime();
        if (out != null) {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), OUTPUT_BUFFER)) {
                new CorpusJsonl(corpus).write(count, stream);
            }
            console.printf("wrote %d records to %s in %d ms%n", count, out, millis(start));
        }
        if (files != null) {
            long filesStart = System.nanoTime();
            new CorpusFiles(corpus, Vocabulary.standard()).write(count, files);
            console.printf("wrote %d files and %s in %d ms%n", count, files.resolve(CorpusFiles.MANIFEST),
                    millis(filesStart));
        }
        if (out == null && files == null) {
            LongAdder chars = new LongAdder();
            LongAdder pages = new LongAdder();
            corpus.forEachOrdered(count, record -> {
                chars.add(record.chars());
                pages.add(record.pages().size());
            });
            console.printf("generated %d records (%d characters, %d pages) in %d ms%n", count, chars.sum(), pages.sum(),
                    millis(start));
        }
        return 0;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
