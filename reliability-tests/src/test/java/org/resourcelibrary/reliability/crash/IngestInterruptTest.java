package org.resourcelibrary.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.cli.LibraryCommand;
import org.resourcelibrary.reliability.support.ChildJvm;
import org.resourcelibrary.reliability.support.Figures;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a first ingest of the sample library, as a librarian stops it: the
 * process ends with 128 + the signal's number and one line saying how to resume, its report says it was
 * interrupted and lists the files not reached, no extraction worker outlives it, the library opens and
 * searches with the documents done, and running the same command again completes the rest.
 */
class IngestInterruptTest {

    private static final String NAME = "ingest-interrupt";
    /** One file at a time, so that the signal finds files still to do. */
    private static final int THREADS = 1;
    /** Enough for any document of the sample library to be listed on one page of a browse. */
    private static final int PAGE_SIZE = 100;
    /** How long the first files may take to be done, and the ingest to stop, however slow the machine. */
    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final Pattern PROGRESS = Pattern.compile("ingest: (\\d+)/(\\d+) files");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 15", "INT, 2"})
    void aStoppedFirstIngestLeavesASearchableLibraryAReportAndNoWorkerAndTheNextRunCompletesIt(String signal,
                                                                                               int number)
            throws Exception {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        Path report = dir.resolve("report.json");
        List<String> arguments = arguments(data, report);
        List<String> stderr;
        try (ChildJvm child = ChildJvm.start(LibraryCommand.class, List.of(), arguments)) {
            assumeFalse(child.ignores(number), "SIG" + signal + " is ignored by processes started here (a shell's "
                    + "background job): the other signal covers the same path");
            assertThat(child.awaitLine(IngestInterruptTest::someFilesDone, DEADLINE))
                    .as("progress with files done: %s", child.stderr()).isTrue();
            child.signal(signal);
            int exit = child.awaitExit(DEADLINE);
            stderr = child.stderr();
            assertThat(exit).as("exit code after SIG%s: %s", signal, stderr).isEqualTo(128 + number);
            assertThat(child.workersAlive()).as("extraction workers alive after the ingest ended").isEmpty();
        }
        assertThat(stderr).as("the signal is acknowledged").anyMatch(line -> line.startsWith("ingest: stopping:"));
        assertThat(stderr.get(stderr.size() - 1)).as("the last line says how to resume")
                .startsWith("ingest: interrupted by SIG" + signal)
                .contains("Run the same command again to continue");

        JsonNode stopped = Json.mapper().readTree(report.toFile());
        assertThat(stopped.get("interrupted").asBoolean()).isTrue();
        Set<String> done = ids(stopped, "indexed");
        List<String> notReached = paths(stopped, "skipped");
        assertThat(done).as("documents done before the signal").isNotEmpty();
        assertThat(notReached).as("files not reached").isNotEmpty();
        assertThat(stopped.get("items")).filteredOn(item -> item.get("status").asText().equals("skipped"))
                .allSatisfy(item -> assertThat(item.get("reason").asText()).isEqualTo("interrupted"));
        assertThat(browse(data)).as("the library opens and finds what was done").isEqualTo(done);

        JsonNode rerun = ingest(arguments);
        assertThat(rerun.get("interrupted").asBoolean()).isFalse();
        assertThat(paths(rerun, "skipped")).as("nothing left undone").isEmpty();
        assertThat(paths(rerun, "indexed")).as("the files not reached are done by the next run")
                .containsAll(notReached);
        assertThat(ids(rerun, "unchanged")).as("what was done is not done again").containsAll(done);
        Figures.print(NAME, "SIG" + signal + " after " + done.size() + " documents: exit " + (128 + number) + ", "
                + notReached.size() + " files not reached and done by the next run");
    }

    private static List<String> arguments(DataDirectory data, Path report) {
        return List.of("ingest", sampleLibrary().toString(), "--data", data.root().toString(), "--threads",
                String.valueOf(THREADS), "--report", report.toString());
    }

    private static boolean someFilesDone(String line) {
        Matcher progress = PROGRESS.matcher(line);
        return progress.find() && Integer.parseInt(progress.group(1)) > 0
                && Integer.parseInt(progress.group(1)) < Integer.parseInt(progress.group(2));
    }

    /** The ids of the documents the search finds when browsing the whole library, as a member would. */
    private static Set<String> browse(DataDirectory data) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LibraryCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("search", "--data", data.root().toString(), "--size", String.valueOf(PAGE_SIZE), "--json");
        assertThat(code).as("search: %s", err).isZero();
        Set<String> ids = new TreeSet<>();
        Json.mapper().readTree(out.toString()).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    /** The same command again, in this JVM; its report. */
    private JsonNode ingest(List<String> arguments) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LibraryCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(arguments.toArray(String[]::new));
        assertThat(code).as("the next run succeeds: %s", err).isZero();
        return Json.mapper().readTree(dir.resolve("report.json").toFile());
    }

    private static Set<String> ids(JsonNode report, String status) {
        Set<String> ids = new TreeSet<>();
        items(report, status).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> paths(JsonNode report, String status) {
        return items(report, status).stream().map(item -> item.get("path").asText()).toList();
    }

    private static List<JsonNode> items(JsonNode report, String status) {
        List<JsonNode> items = new ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.get("status").asText().equals(status)) {
                items.add(item);
            }
        });
        return items;
    }

    private static Path sampleLibrary() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("sample-docs"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no sample-docs above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("sample-docs").resolve("library");
    }
}
