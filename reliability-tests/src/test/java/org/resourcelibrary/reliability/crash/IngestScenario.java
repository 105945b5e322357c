package org.resourcelibrary.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.cli.LibraryCommand;
import org.resourcelibrary.reliability.support.ChildJvm;
import org.resourcelibrary.reliability.support.Folders;
import org.resourcelibrary.reliability.support.LibraryState;

/**
 * What a crash trial starts from and must end with: a data directory (possibly empty) and the folder to
 * ingest into it, the state an uninterrupted ingest ends with, and how long that ingest took in its own JVM.
 *
 * @param startData    the data directory a trial starts from (a copy of it); absent for an empty library
 * @param start        what {@code startData} holds
 * @param reference    what an uninterrupted ingest of {@code folder} into a copy of {@code startData} ends with
 * @param run          how that ingest went
 */
record IngestScenario(String name, Path folder, Path startData, LibraryState start, LibraryState reference,
                      UninterruptedRun run) {

    /**
     * An ingest run to its end in its own JVM.
     *
     * @param took        from the start of the JVM to its end
     * @param firstCommit from the start of the JVM to its first commit
     * @param commits     how many commits it made
     */
    record UninterruptedRun(Duration took, Duration firstCommit, long commits) {
    }

    static final int DOCUMENTS = 40;
    static final int COPIES = 3;
    static final int ZIP_MEMBERS = 5;
    static final int CHANGED = 8;
    static final int COMMIT_EVERY = 3;
    static final int THREADS = 2;
    /** How long an uninterrupted ingest of these few documents may take, however slow the machine. */
    static final Duration INGEST_DEADLINE = Duration.ofMinutes(3);

    /** The ingest command line, for the child JVM and for the run in this one. */
    static List<String> arguments(Path folder, DataDirectory data) {
        return List.of("ingest", folder.toString(), "--data", data.root().toString(), "--threads",
                String.valueOf(THREADS), "--commit-every", String.valueOf(COMMIT_EVERY));
    }

    List<String> sources() {
        return List.of(source(folder));
    }

    /** Writes the {@value #DOCUMENTS} reports every scenario starts with; their paths, to be added to. */
    private static List<String> reports(Path folder, TestFolders documents) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            files.add("reports/report-" + i + ".txt");
            documents.document(folder, files.get(i));
        }
        return files;
    }

    /** A first ingest into an empty library: documents, copies of some, and a zip of more. */
    static IngestScenario firstIngest(Path dir, TestFolders documents) throws Exception {
        Path folder = dir.resolve("folder");
        List<String> files = reports(folder, documents);
        for (int i = 0; i < COPIES; i++) {
            String copy = "copies/report-" + i * (DOCUMENTS / COPIES) + ".txt";
            Files.createDirectories(folder.resolve(copy).getParent());
            Files.copy(folder.resolve("reports").resolve(Path.of(copy).getFileName()), folder.resolve(copy));
            files.add(copy);
        }
        List<String> members = new ArrayList<>();
        for (int i = 0; i < ZIP_MEMBERS; i++) {
            members.add("bundled/brief-" + i + ".txt");
            files.add("bundle.zip!/bundled/brief-" + i + ".txt");
        }
        documents.zip(folder, "bundle.zip", members);
        return measured("first ingest", folder, dir.resolve("empty"), dir, files);
    }

    /**
     * A re-run over a folder ingested before and changed since: {@value #CHANGED} files each edited, removed,
     * moved and added, and {@value #COPIES} copied.
     */
    static IngestScenario rerunOverChanges(Path dir, TestFolders documents) throws Exception {
        Path folder = dir.resolve("folder");
        List<String> files = reports(folder, documents);
        Path startData = dir.resolve("start");
        ingestToTheEnd(folder, new DataDirectory(startData));
        for (int i = 0; i < CHANGED; i++) {
            documents.document(folder, "reports/report-" + i + ".txt");
            Files.delete(folder.resolve("reports/report-" + (CHANGED + i) + ".txt"));
            files.remove("reports/report-" + (CHANGED + i) + ".txt");
            String moved = "moved/report-" + (2 * CHANGED + i) + ".txt";
            Files.createDirectories(folder.resolve(moved).getParent());
            Files.move(folder.resolve("reports/report-" + (2 * CHANGED + i) + ".txt"), folder.resolve(moved));
            files.remove("reports/report-" + (2 * CHANGED + i) + ".txt");
            files.add(moved);
            files.add("added/report-" + (DOCUMENTS + i) + ".txt");
            documents.document(folder, files.get(files.size() - 1));
        }
        for (int i = 0; i < COPIES; i++) {
            String copy = "copies/report-" + (3 * CHANGED + i) + ".txt";
            Files.createDirectories(folder.resolve(copy).getParent());
            Files.copy(folder.resolve("reports/report-" + (3 * CHANGED + i) + ".txt"), folder.resolve(copy));
            files.add(copy);
        }
        return measured("re-run over changes", folder, startData, dir, files);
    }

    /** Runs the ingest uninterrupted in its own JVM, timing it; checks it ends with exactly the folder's files. */
    private static IngestScenario measured(String name, Path folder, Path startData, Path dir, List<String> files)
            throws Exception {
        DataDirectory reference = new DataDirectory(dir.resolve("reference"));
        Folders.copy(startData, reference.root());
        UninterruptedRun run = ingestToTheEnd(folder, reference);
        List<String> sources = List.of(source(folder));
        LibraryState start = LibraryState.open(new DataDirectory(startData), sources);
        LibraryState end = LibraryState.open(reference, sources);
        Set<String> expected = new TreeSet<>();
        files.forEach(file -> expected.add(source(folder) + "!" + file));
        assertThat(new TreeSet<>(end.paths())).as("%s: an uninterrupted run lists every file", name)
                .isEqualTo(expected);
        assertThat(end.paths()).hasSameSizeAs(expected);
        assertThat(run.commits()).as("%s: commits of an uninterrupted run", name).isGreaterThan(1);
        return new IngestScenario(name, folder, startData, start, end, run);
    }

    private static UninterruptedRun ingestToTheEnd(Path folder, DataDirectory data)
            throws IOException, InterruptedException {
        long before = CommitWatch.generation(data.index());
        long started = System.nanoTime();
        try (CommitWatch commits = new CommitWatch(data.index());
             ChildJvm child = ChildJvm.start(LibraryCommand.class, List.of(), arguments(folder, data))) {
            assertThat(commits.awaitCommits(1, INGEST_DEADLINE, child::isAlive)).as("a first commit").isTrue();
            Duration firstCommit = Duration.ofNanos(System.nanoTime() - started);
            assertThat(child.awaitExit(INGEST_DEADLINE)).as("uninterrupted ingest: %s", child.stderr()).isZero();
            return new UninterruptedRun(Duration.ofNanos(System.nanoTime() - started), firstCommit,
                    CommitWatch.generation(data.index()) - before);
        }
    }

    private static String source(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }
}
