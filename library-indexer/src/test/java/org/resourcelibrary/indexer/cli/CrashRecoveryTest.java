package org.resourcelibrary.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.index.LuceneLibrary;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.store.BlobStore;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.store.TextCache;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * An ingest killed with {@code kill -9} in the middle of its run leaves an index that opens; running it again
 * ends with exactly the expected documents: none missing, none twice, no stored file left over.
 */
class CrashRecoveryTest {

    private static final int DOCUMENTS = 150;
    private static final int COPIES = 5;
    private static final int COMMIT_EVERY = 10;
    /** The child is killed once it reports at least this many files done (past a few commits). */
    private static final int KILL_AFTER_FILES = 2 * ProgressDisplay.LINE_EVERY_FILES;
    private static final long PROGRESS_DEADLINE_SECONDS = 240;
    private static final long EXIT_DEADLINE_SECONDS = 30;
    private static final Pattern PROGRESS = Pattern.compile("^ingest: (\\d+)/(\\d+) files");

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidRunIsCompletedByTheNextRunWithExactlyTheExpectedDocuments() throws Exception {
        Path folder = folderOfDocuments();
        Path data = dir.resolve("data");

        killMidRun(folder, data);
        try (LuceneLibrary afterKill = LuceneLibrary.openReadOnly(data.resolve("index"), Vocabulary.standard())) {
            assertThat(afterKill.count()).as("committed before the kill").isBetween(1L, DOCUMENTS - 1L);
        }
        Cli rerun = Cli.run("ingest", folder.toString(), "--data", data.toString(), "--threads", "1");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        DataDirectory directory = new DataDirectory(data);
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(directory.index(), Vocabulary.standard())) {
            List<Resource> resources = library.findBySource(folder.toAbsolutePath().normalize().toString());
            assertThat(resources).hasSize(DOCUMENTS);
            assertThat(library.count()).isEqualTo(DOCUMENTS);
            List<String> paths = new ArrayList<>();
            resources.forEach(resource -> resource.sources().forEach(ref -> paths.add(ref.path())));
            assertThat(paths).doesNotHaveDuplicates().hasSize(DOCUMENTS + COPIES)
                    .containsExactlyInAnyOrderElementsOf(expectedPaths());
            assertThat(resources).extracting(Resource::sha256).doesNotHaveDuplicates();
            Set<String> live = library.contentHashes();
            assertThat(new BlobStore(directory.blobs()).all()).isEqualTo(live);
            assertThat(new TextCache(directory.text()).all()).isEqualTo(live);
        }
    }

    private void killMidRun(Path folder, Path data) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LibraryCommand.class.getName(), "ingest",
                folder.toString(), "--data", data.toString(), "--threads", "1", "--commit-every",
                String.valueOf(COMMIT_EVERY))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CountDownLatch farEnough = new CountDownLatch(1);
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> readProgress(child, farEnough, lines), "child-stderr");
            reader.setDaemon(true);
            reader.start();
            assertThat(farEnough.await(PROGRESS_DEADLINE_SECONDS, TimeUnit.SECONDS))
                    .as("the child reported %d files done; it said: %s", KILL_AFTER_FILES, lines).isTrue();
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(child.pid())).inheritIO().start();
            assertThat(kill.waitFor(EXIT_DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(child.waitFor(EXIT_DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        } finally {
            child.destroyForcibly();
        }
    }

    private static void readProgress(Process child, CountDownLatch farEnough, List<String> lines) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                Matcher progress = PROGRESS.matcher(line);
                if (progress.find() && Integer.parseInt(progress.group(1)) >= KILL_AFTER_FILES
                        && Integer.parseInt(progress.group(1)) < Integer.parseInt(progress.group(2))) {
                    farEnough.countDown();
                }
            }
        } catch (IOException e) {
            // The child was killed: its pipe is gone.
        }
    }

    /** {@value #DOCUMENTS} documents, and {@value #COPIES} of them copied into a second folder. */
    private Path folderOfDocuments() throws Exception {
        Path folder = dir.resolve("library");
        for (String path : expectedPaths()) {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            int n = Integer.parseInt(path.replaceAll("\\D", ""));
            Files.writeString(file, "Report number " + n + " on the social service workforce: supervision, case"
                    + " management and training of para-professionals, edition " + n + ".", StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static List<String> expectedPaths() {
        List<String> paths = new ArrayList<>();
        Set<Integer> copied = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            paths.add("reports/report-" + i + ".txt");
            if (i % (DOCUMENTS / COPIES) == 0) {
                copied.add(i);
            }
        }
        copied.forEach(i -> paths.add("copies/report-" + i + ".txt"));
        return paths;
    }
}
