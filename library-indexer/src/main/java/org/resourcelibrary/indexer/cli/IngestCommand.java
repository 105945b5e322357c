package org.resourcelibrary.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.Manifest;
import org.resourcelibrary.indexer.enrich.ManifestException;
import org.resourcelibrary.indexer.enrich.ManifestProblem;
import org.resourcelibrary.indexer.enrich.MetadataForm;
import org.resourcelibrary.indexer.extract.ExtractionSettings;
import org.resourcelibrary.indexer.extract.OcrMode;
import org.resourcelibrary.indexer.ingest.ExtractionWorkers;
import org.resourcelibrary.indexer.ingest.IngestListener;
import org.resourcelibrary.indexer.ingest.IngestPipeline;
import org.resourcelibrary.indexer.ingest.IngestReport;
import org.resourcelibrary.indexer.ingest.IngestRequest;
import org.resourcelibrary.indexer.ingest.IngestSettings;
import org.resourcelibrary.indexer.ingest.IngestStop;
import org.resourcelibrary.indexer.ingest.ItemStatus;
import org.resourcelibrary.indexer.ingest.ReportArchive;
import org.resourcelibrary.indexer.ingest.SourceRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code library ingest}: adds folders, zip files and files to the library, or says what that would do. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds folders (recursively), zip files (member by member) and files to the library.",
                "Re-running on the same folder redoes only what changed, removes what disappeared and recognises "
                        + "moved files. Files that fail are reported; the run goes on and still succeeds."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private BackendOptions backend;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, zip files or files to ingest.")
    private List<Path> paths;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "The librarian's metadata spreadsheet (CSV): one row per file, its path relative to the "
                    + "folder or zip; its values come before anything inferred.")
    private Path manifest;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files extracted at once. Default: all cores (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON report here "
            + "(every run's report is kept in the data directory's reports/ folder).")
    private Path report;

    @Option(names = "--dry-run", description = "Check the manifest and report what would happen; change nothing.")
    private boolean dryRun;

    @Option(names = "--retry-failed", description = "Extract again the files that failed in an earlier run even "
            + "if they have not changed (by default they are reported failed again without being tried).")
    private boolean retryFailed;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time allowed to extract one file. Default: ${DEFAULT-VALUE}.")
    private long timeoutSeconds = ExtractionSettings.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--ocr", paramLabel = "MODE", description = "OCR of scanned pages: ${COMPLETION-CANDIDATES}. "
            + "Default: ${DEFAULT-VALUE} (when tesseract is installed).")
    private OcrMode ocr = OcrMode.AUTO;

    @Option(names = "--commit-every", paramLabel = "N",
            description = "Documents written between two commits (what a crash can cost). Default: ${DEFAULT-VALUE}.")
    private int commitEvery = IngestSettings.DEFAULT_COMMIT_EVERY;

    /** The signals of the ingest being run, which say whether and how it was stopped. */
    private StopSignals stoppedBy;

    @Override
    public Integer call() throws Exception {
        List<SourceRoot> roots = roots();
        IngestSettings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        Manifest sheet = manifest == null ? null : readManifest(roots, err);
        IngestRequest request = IngestRequest.of(roots, sheet, manifest, dryRun).withRetryFailed(retryFailed);
        IngestReport result = dryRun ? dryRun(request, settings) : ingest(request, settings, err);
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(report.toFile(), result);
        }
        SummaryTable.print(result, spec.commandLine().getOut());
        if (result.interrupted()) {
            err.println("ingest: interrupted by " + stoppedBy.received().orElse("a signal") + ", "
                    + result.count(ItemStatus.SKIPPED) + " files not reached; what was done is in the library."
                    + " Run the same command again to continue: files already done are skipped.");
            return stoppedBy.exitCode();
        }
        return 0;
    }

    /**
     * Ingests; a first SIGINT or SIGTERM stops it cleanly (workers killed, what is done committed, the report
     * says interrupted), a second one ends the process at once.
     */
    private IngestReport ingest(IngestRequest request, IngestSettings settings, PrintWriter err)
            throws IOException, InterruptedException {
        DataDirectory data = common.data().create();
        ProgressDisplay progress = new ProgressDisplay(err, System.console() != null);
        IngestStop stop = new IngestStop();
        try (Library library = backend.open(data, Vocabulary.standard(), System.getenv());
             ExtractionWorkers workers = new ExtractionWorkers(settings.extraction());
             StopSignals signals = StopSignals.install(() -> {
                 stop.request();
                 progress.note("ingest: stopping: files in progress are left for the next run and what is done"
                         + " is being committed (a second Ctrl-C quits at once)");
                 workers.stopNow();
             }, () -> {
                 workers.stopNow();
                 progress.note("ingest: stopped at once; what was committed stays."
                         + " Run the same command again to continue.");
             })) {
            stoppedBy = signals;
            IngestReport result;
            try {
                result = new IngestPipeline(library, data, settings, workers).run(request, progress, stop);
            } finally {
                progress.finish();
            }
            String name = new ReportArchive(data).save(result);
            err.println("ingest: report saved as " + data.reports().resolve(name));
            return result;
        }
    }

    /**
     * Plans against the library as it is, without writing: read-only when it exists (so it works while a
     * server runs), against an empty library in a temporary folder when there is none yet.
     */
    private IngestReport dryRun(IngestRequest request, IngestSettings settings)
            throws IOException, InterruptedException {
        DataDirectory data = common.data();
        Library existing = backend.solrCloud().isPresent() ? backend.openToSearch(data, Vocabulary.standard())
                : openReadOnlyIfExists(data.index());
        if (existing != null) {
            try (Library library = existing) {
                return plan(library, data, request, settings);
            }
        }
        try (TemporaryFolder empty = TemporaryFolder.create("library-dry-run-");
             LuceneLibrary library = LuceneLibrary.open(empty.path().resolve("index"), Vocabulary.standard())) {
            return plan(library, new DataDirectory(empty.path()), request, settings);
        }
    }

    private static IngestReport plan(Library library, DataDirectory data, IngestRequest request,
                                     IngestSettings settings) throws IOException, InterruptedException {
        return new IngestPipeline(library, data, settings, () -> {
            throw new IllegalStateException("a dry run extracts nothing");
        }).run(request, IngestListener.NONE);
    }

    private static LuceneLibrary openReadOnlyIfExists(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return null;
        }
        try {
            return LuceneLibrary.openReadOnly(index, Vocabulary.standard());
        } catch (NoSuchFileException noCommitYet) {
            return null;
        }
    }

    private List<SourceRoot> roots() {
        List<SourceRoot> roots = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + path);
            }
            if (!Files.isReadable(path)) {
                throw new UsageException("cannot read " + path);
            }
            roots.add(SourceRoot.of(path));
        }
        return roots;
    }

    private IngestSettings settings() {
        if (threads < 1) {
            throw new UsageException("--threads must be 1 or more, got " + threads);
        }
        if (timeoutSeconds < 1) {
            throw new UsageException("--timeout must be 1 second or more, got " + timeoutSeconds);
        }
        if (commitEvery < 1) {
            throw new UsageException("--commit-every must be 1 or more, got " + commitEvery);
        }
        ExtractionSettings extraction = ExtractionSettings.defaults().withThreads(threads)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)).withOcr(ocr);
        try {
            extraction.ocr().enabled();
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return new IngestSettings(extraction, commitEvery);
    }

    /** Reads and checks the manifest; its problems are printed, one line each, and the run goes on. */
    private Manifest readManifest(List<SourceRoot> roots, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            throw new UsageException("no such manifest: " + manifest);
        }
        Manifest sheet;
        try {
            // A single file's manifest path is relative to its folder, as for a folder.
            List<Path> folders = roots.stream().map(root -> root.kind() == SourceRoot.Kind.FILE
                    ? root.path().getParent() : root.path()).toList();
            sheet = Manifest.read(manifest, folders, MetadataForm.standard());
        } catch (ManifestException e) {
            throw new UsageException(manifest + ": " + e.getMessage(), e);
        }
        for (ManifestProblem problem : sheet.problems()) {
            err.println(manifest.getFileName() + ": " + problem);
        }
        err.flush();
        return sheet;
    }
}
