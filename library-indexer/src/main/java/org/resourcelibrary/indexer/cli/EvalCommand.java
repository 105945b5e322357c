package org.resourcelibrary.indexer.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.eval.Evaluation;
import org.resourcelibrary.core.eval.Metrics;
import org.resourcelibrary.core.eval.TestCollection;
import org.resourcelibrary.core.query.Ranking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library eval}: indexes a test collection into a temporary library with the product's analysis and
 * ranking, runs its queries and prints nDCG@10, MAP and Recall@100 as trec_eval computes them.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures search quality on a test collection: prints one 'metric value' line each for "
                + "ndcg@10, map and recall@100.", "The collection is indexed into a temporary folder, deleted after."})
public final class EvalCommand implements Callable<Integer> {

    /** The metrics in the order they are printed. */
    static final List<String> METRICS = List.of("ndcg@10", "map", "recall@100");

    @Spec
    private CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "FILE.jsonl",
            description = "Documents, one JSON object a line: id, title, text, optional author and language.")
    private Path docs;

    @Option(names = "--queries", required = true, paramLabel = "FILE.tsv", description = "qid<TAB>query text.")
    private Path queries;

    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC qrels: qid 0 docid gain.")
    private Path qrels;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        TestCollection collection;
        try {
            collection = TestCollection.read(docs, queries, qrels);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + e.getFile(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Metrics metrics;
        try (TemporaryFolder work = TemporaryFolder.create("library-eval-")) {
            metrics = new Evaluation(Ranking.DEFAULT).run(collection, work.path());
        }
        PrintWriter out = spec.commandLine().getOut();
        METRICS.forEach(metric -> out.printf(Locale.ROOT, "%s %.4f%n", metric, metrics.asMap().get(metric)));
        out.flush();
        return 0;
    }
}
