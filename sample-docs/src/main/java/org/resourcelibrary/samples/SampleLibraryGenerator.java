package org.resourcelibrary.samples;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Command line: regenerates the sample library ({@code library/}, {@code manifest.csv},
 * {@code golden/truth.csv}, {@code golden/multilingual-qrels.trec}) from {@code src/content/NN-*.txt}. Exit code 0 when every source was used, 1 when
 * some failed (each reported on stderr, the others still generated), 2 on bad usage.
 */
@Command(name = "generate-samples", mixinStandardHelpOptions = true,
        description = "Renders sample-docs/src/content/NN-*.txt into sample-docs/library/ and writes "
                + "manifest.csv, golden/truth.csv and golden/multilingual-qrels.trec.")
public final class SampleLibraryGenerator implements Callable<Integer> {

    /** Set by the exec-maven-plugin configuration to the module folder. */
    static final String MODULE_PROPERTY = "sample-docs.dir";

    @Spec
    private CommandSpec spec;

    @Option(names = "--module", paramLabel = "DIR",
            description = "The sample-docs module folder (default: the one Maven runs, else ./sample-docs or .)")
    private Path module;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new SampleLibraryGenerator()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = module != null ? module : defaultModule();
        LibraryLayout layout = LibraryLayout.of(dir);
        if (!Files.isDirectory(layout.content())) {
            err.println("no sources: " + layout.content() + " is not a folder (use --module DIR)");
            return 2;
        }
        long start = System.nanoTime();
        GenerationReport report = new SampleLibrary(Vocabulary.standard()).generate(layout);
        report.failures().forEach(f -> err.println("error: " + f));
        out.printf("wrote %d files to %s, %d manifest rows, in %d ms%n", report.written().size(), layout.library(),
                report.manifestRows(), (System.nanoTime() - start) / 1_000_000);
        return report.succeeded() ? 0 : 1;
    }

    private static Path defaultModule() {
        String configured = System.getProperty(MODULE_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromRoot = Path.of("sample-docs");
        return Files.isDirectory(fromRoot.resolve("src/content")) ? fromRoot : Path.of(".");
    }
}
