package org.resourcelibrary.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.eval.Effectiveness;
import org.resourcelibrary.core.eval.Evaluation;
import org.resourcelibrary.core.eval.Metrics;
import org.resourcelibrary.core.eval.TestCollection;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.SolrConnection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code library eval}: runs a test collection's queries with the product's analysis and ranking and prints
 * nDCG@10, MAP and Recall@100 as trec_eval computes them; then, when queries name the member's language, the
 * same per language, how many queries have a first hit in the member's language and the share of relevant
 * documents in other languages within the first hits. The documents are either a JSON Lines file, indexed
 * into a temporary library, or a library already built ({@code --data}), judged by file name.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures search quality on a test collection: prints one 'metric value' line each for "
                + "ndcg@10, map and recall@100, then, for queries sent with a member's language, one "
                + "'metric language value' line each per language, 'member-language-first N/M' and "
                + "'other-language-in-20 SHARE'.",
                "--docs is indexed into a temporary folder, deleted after (with --solr or --zk: into the empty "
                        + "collection named, emptied after); --data evaluates that library as it is."})
public final class EvalCommand implements Callable<Integer> {

    /** The metrics in the order they are printed. */
    static final List<String> METRICS = List.of("ndcg@10", "map", "recall@100");

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Documents documents;

    /** Where the documents are: one of the two. */
    static final class Documents {
        @Option(names = "--docs", required = true, paramLabel = "FILE.jsonl",
                description = "Documents, one JSON object a line: id, title, text, optional author and language.")
        private Path docs;

        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "A library already built (e.g. the sample library ingested with its manifest); "
                        + "the judgments name its documents by file name.")
        private Path data;
    }

    @Option(names = "--queries", required = true, paramLabel = "FILE.tsv",
            description = "qid<TAB>query text, optionally <TAB>member's language (en, fr, es, pt).")
    private Path queries;

    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC qrels: qid 0 docid gain.")
    private Path qrels;

    @Option(names = "--per-query", description = "Also print one 'ndcg@10 QID value' line per judged query "
            + "(as trec_eval -q), to compare two rankings query by query.")
    private boolean perQuery;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    private boolean verbose;

    @Mixin
    private BackendOptions backend;

    @Override
    public Integer call() throws Exception {
        Effectiveness measured = documents.docs != null ? onDocuments() : onLibrary();
        PrintWriter out = spec.commandLine().getOut();
        print(out, "", measured.overall());
        measured.byLanguage().forEach((language, metrics) -> print(out, language + " ", metrics));
        if (measured.withLanguage() > 0) {
            out.printf(Locale.ROOT, "member-language-first %d/%d%n", measured.memberLanguageFirst(),
                    measured.withLanguage());
            out.printf(Locale.ROOT, "other-language-in-%d %.4f (%d/%d)%n", Evaluation.OTHER_LANGUAGE_DEPTH,
                    measured.otherLanguageShare(), measured.otherLanguageFound(), measured.otherLanguageRelevant());
        }
        if (perQuery) {
            measured.ndcg10ByQuery().forEach((qid, ndcg) -> out.printf(Locale.ROOT, "ndcg@10 %s %.4f%n", qid, ndcg));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String language, Metrics metrics) {
        METRICS.forEach(metric -> out.printf(Locale.ROOT, "%s %s%.4f%n", metric, language,
                metrics.asMap().get(metric)));
    }

    private Effectiveness onDocuments() throws Exception {
        TestCollection collection = read(() -> TestCollection.read(documents.docs, queries, qrels));
        Optional<SolrConnection> cloud = backend.solrCloud();
        if (cloud.isPresent()) {
            return onSolrCloud(collection, cloud.get());
        }
        try (TemporaryFolder work = TemporaryFolder.create("library-eval-")) {
            return new Evaluation(Ranking.DEFAULT).run(collection, work.path());
        }
    }

    /**
     * Indexes the documents into the SolrCloud collection, which must be empty (a collection made for the purpose
     * with {@code library solr init --collection NAME}), evaluates, and deletes them again.
     */
    private static Effectiveness onSolrCloud(TestCollection collection, SolrConnection cloud) throws IOException {
        try (Library library = cloud.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            if (library.count() > 0) {
                throw new UsageException("eval --docs indexes its documents into the collection, so it needs an "
                        + "empty one, and '" + cloud.collection() + "' holds " + library.count() + " documents: make "
                        + "one with 'library solr init --collection NAME'");
            }
            try {
                return Evaluation.run(collection, library);
            } finally {
                for (TestCollection.Document doc : collection.documents()) {
                    library.delete(doc.id());
                }
                library.commit();
            }
        }
    }

    private Effectiveness onLibrary() throws Exception {
        TestCollection judgments = read(() -> TestCollection.judgments(queries, qrels));
        DataDirectory data = new DataDirectory(documents.data);
        try (Library library = backend.openToSearch(data, Vocabulary.standard())) {
            return Evaluation.runOnLibrary(library, judgments);
        } catch (NoSuchFileException e) {
            throw new UsageException("there is no library in " + data.root() + " yet: run 'library ingest' first,"
                    + " or give its --data directory", e);
        }
    }

    private interface Reading {
        TestCollection read() throws IOException;
    }

    private static TestCollection read(Reading reading) throws IOException {
        try {
            return reading.read();
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + e.getFile(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
