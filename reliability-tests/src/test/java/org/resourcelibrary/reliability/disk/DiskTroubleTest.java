package org.resourcelibrary.reliability.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.indexer.cli.LibraryCommand;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.Folders;
import org.resourcelibrary.reliability.support.LibraryState;
import org.resourcelibrary.reliability.support.MountNamespace;
import org.resourcelibrary.reliability.support.Seeds;
import org.resourcelibrary.web.LibraryMain;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;

/**
 * An ingest into a data directory whose disk fills up, or that is read-only, ends with one clear error line
 * and leaves the library as it was: it opens, and searches return its documents. An upload to a running
 * server whose disk is full is answered 507 Insufficient Storage (problem+json naming the cause) and the
 * library goes on serving its documents. The disk is real: a tmpfs a
 * little larger than the library, or a read-only bind mount, in a mount namespace of the test's own (as root,
 * as CI runs, {@code chmod} would not stop a write).
 */
class DiskTroubleTest {

    private static final String NAME = "disk-trouble";
    private static final int LIBRARY_DOCUMENTS = 5;
    private static final int LARGE_DOCUMENTS = 10;
    private static final int WORDS_PER_LARGE_DOCUMENT = 60_000;
    /** Room left on the small disk beyond what the library takes: less than the large documents need. */
    private static final long ROOM_KB = 1024;
    /** Room after the disk is grown again, for the run that completes the ingest. */
    private static final long ROOMY_KB = 64 * 1024;
    private static final Duration SCRIPT_DEADLINE = Duration.ofMinutes(4);
    private static final String QUERY = "library report";
    private static final String TOKEN = "disk-trouble-librarian-token-4c2a";
    private static final Duration SERVE_DEADLINE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(100);

    @TempDir
    static Path dir;
    private static Path library;
    private static Path large;
    private static Set<String> libraryIds;

    @BeforeAll
    static void libraryAndLargeDocuments() throws IOException {
        Random random = Seeds.forTest(NAME);
        Path folder = dir.resolve("library-folder");
        for (int i = 0; i < LIBRARY_DOCUMENTS; i++) {
            write(folder.resolve("report-" + i + ".txt"), "Library report " + i + " on the supervision of the social"
                    + " service workforce (" + random.nextLong() + ").");
        }
        library = dir.resolve("library");
        cli("ingest", folder.toString(), "--data", library.toString(), "--threads", "1");
        libraryIds = LibraryState.open(new DataDirectory(library), List.of(folder.toString())).documents().keySet();
        assertThat(libraryIds).hasSize(LIBRARY_DOCUMENTS);

        large = dir.resolve("large-folder");
        for (int i = 0; i < LARGE_DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Large annex " + i + "\n");
            for (int w = 0; w < WORDS_PER_LARGE_DOCUMENT; w++) {
                text.append("annex").append(random.nextInt(1_000_000)).append(w % 15 == 14 ? ".\n" : " ");
            }
            write(large.resolve("annex-" + i + ".txt"), text.toString());
        }
    }

    @Test
    void anIngestThatFillsTheDiskFailsWithOneClearErrorAndLeavesTheLibrarySearchable() throws Exception {
        assumeThat(MountNamespace.available()).as("this machine lets a test mount a tmpfs in a namespace").isTrue();
        Path out = Files.createDirectories(dir.resolve("full"));
        long size = usageKb(library) + ROOM_KB;
        MountNamespace.Result script = MountNamespace.run(MountNamespace.LIBRARY_FUNCTION + """
                set -u
                mkdir -p "$DATA"
                mount -t tmpfs -o size=${SIZE}k tmpfs "$DATA"
                cp -a "$LIBRARY"/. "$DATA"/
                library ingest "$LARGE" --data "$DATA" --threads 1 2> "$OUT/ingest.err"
                echo $? > "$OUT/ingest.rc"
                cp -a "$DATA"/. "$OUT/after-failure"/
                library search "$QUERY" --data "$DATA" --json > "$OUT/search.json"
                mount -o remount,size=${ROOMY}k "$DATA"
                library ingest "$LARGE" --data "$DATA" --threads 1 2> "$OUT/rerun.err"
                echo $? > "$OUT/rerun.rc"
                cp -a "$DATA"/. "$OUT/after-rerun"/
                """, variables(Map.of("DATA", out.resolve("data").toString(), "SIZE", String.valueOf(size),
                "ROOMY", String.valueOf(ROOMY_KB), "LIBRARY", library.toString(), "LARGE", large.toString(),
                "OUT", out.toString())), SCRIPT_DEADLINE);
        assertThat(script.exitCode()).as(script.stderr()).isZero();

        String error = oneClearError(out, "ingest");
        assertThat(error).contains("No space left on device");
        assertSearchable(out.resolve("after-failure"), out.resolve("search.json"));

        assertThat(Files.readString(out.resolve("rerun.rc")).strip()).as("once there is room again")
                .isEqualTo("0");
        LibraryState after = LibraryState.open(new DataDirectory(out.resolve("after-rerun")), sources());
        assertThat(after.documents()).hasSize(LIBRARY_DOCUMENTS + LARGE_DOCUMENTS);
        assertThat(after.stored()).isEqualTo(LibraryState.storedFor(new DataDirectory(out.resolve("after-rerun")),
                after.live()));
        Figures.print(NAME, "disk full (tmpfs of " + size + " KB): \"" + error + "\"; the " + LIBRARY_DOCUMENTS
                + " documents still searchable; with room again the next run completed: "
                + after.documents().size() + " documents, no stored file left over");
    }

    @Test
    void anIngestIntoAReadOnlyDataDirectoryFailsWithOneClearErrorAndChangesNothing() throws Exception {
        assumeThat(MountNamespace.available()).as("this machine lets a test remount in a namespace").isTrue();
        Path out = Files.createDirectories(dir.resolve("read-only"));
        Path data = out.resolve("data");
        Folders.copy(library, data);
        Map<String, String> before = Folders.contents(data);
        MountNamespace.Result script = MountNamespace.run(MountNamespace.LIBRARY_FUNCTION + """
                set -u
                mount --bind "$DATA" "$DATA"
                mount -o remount,bind,ro "$DATA"
                library ingest "$LARGE" --data "$DATA" --threads 1 2> "$OUT/ingest.err"
                echo $? > "$OUT/ingest.rc"
                library search "$QUERY" --data "$DATA" --json > "$OUT/search.json"
                """, variables(Map.of("DATA", data.toString(), "LARGE", large.toString(), "OUT", out.toString())),
                SCRIPT_DEADLINE);
        assertThat(script.exitCode()).as(script.stderr()).isZero();

        String error = oneClearError(out, "ingest");
        assertThat(error).contains("Read-only file system");
        assertThat(Folders.contents(data)).as("nothing in the data directory changed").isEqualTo(before);
        assertSearchable(data, out.resolve("search.json"));
        Figures.print(NAME, "read-only data directory (bind mount): \"" + error + "\"; nothing changed; the "
                + LIBRARY_DOCUMENTS + " documents still searchable");
    }

    @Test
    void anUploadToAFullDiskIsA507AndTheLibraryGoesOnServing() throws Exception {
        assumeThat(MountNamespace.available()).as("this machine lets a test mount a tmpfs in a namespace").isTrue();
        Path out = Files.createDirectories(dir.resolve("full-upload"));
        Path tokens = Files.writeString(out.resolve("tokens"), TOKEN + "\n");
        long size = usageKb(library) + ROOM_KB;
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> variables = new HashMap<>(Map.of("DATA", out.resolve("data").toString(), "SIZE",
                String.valueOf(size), "LIBRARY", library.toString(), "PORT", String.valueOf(port), "TOKENS",
                tokens.toString()));
        variables.putAll(MountNamespace.library(LibraryMain.class));
        Process server = MountNamespace.start(MountNamespace.LIBRARY_FUNCTION + """
                set -u
                mkdir -p "$DATA"
                mount -t tmpfs -o size=${SIZE}k tmpfs "$DATA"
                cp -a "$LIBRARY"/. "$DATA"/
                library serve --data "$DATA" --port "$PORT" --tokens "$TOKENS"
                """, variables, out.resolve("serve.out"), out.resolve("serve.err"));
        try (RunningApp app = RunningApp.client(port)) {
            awaitHealthy(app, server);
            // More than the room left on the disk, whatever the blob store and the index make of it.
            byte[] annex = (Files.readString(large.resolve("annex-0.txt")) + Files.readString(large.resolve(
                    "annex-1.txt")) + Files.readString(large.resolve("annex-2.txt"))).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> refused = app.send(new Multipart().file("file", "annex.txt", "text/plain", annex)
                    .post(app, "/api/documents", TOKEN));

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(507);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            String detail = Json.mapper().readTree(refused.body()).get("detail").asText();
            assertThat(detail).contains("No space left on device");
            assertThat(app.get("/health").statusCode()).isEqualTo(200);
            Set<String> found = new TreeSet<>();
            Json.mapper().readTree(app.get("/api/search?q=" + QUERY.replace(' ', '+') + "&size=50").body())
                    .get("hits").forEach(hit -> found.add(hit.get("id").asText()));
            assertThat(found).as("searchable after the refusal").isEqualTo(libraryIds);
            Figures.print(NAME, "upload of " + annex.length / 1024 + " KB to a server whose disk (tmpfs of " + size
                    + " KB) is full: 507 \"" + detail + "\"; the " + LIBRARY_DOCUMENTS
                    + " documents still searchable, the server up");
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    /** Waits until the server answers its health check, or fails if it ended or took too long. */
    private static void awaitHealthy(RunningApp app, Process server) throws Exception {
        long deadline = System.nanoTime() + SERVE_DEADLINE.toNanos();
        while (true) {
            assertThat(server.isAlive()).as("serve is running").isTrue();
            try {
                if (app.get("/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // Not listening yet.
            }
            assertThat(System.nanoTime()).as("serve answered within %s", SERVE_DEADLINE).isLessThan(deadline);
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The script's variables: these, the query, and the library command. */
    private static Map<String, String> variables(Map<String, String> these) {
        Map<String, String> all = new HashMap<>(these);
        all.put("QUERY", QUERY);
        all.putAll(MountNamespace.library(LibraryCommand.class));
        return all;
    }

    /** The command failed (exit code 1) with exactly one error line and no stack trace; that line. */
    private static String oneClearError(Path out, String command) throws IOException {
        assertThat(Files.readString(out.resolve(command + ".rc")).strip()).isEqualTo("1");
        String stderr = Files.readString(out.resolve(command + ".err"), StandardCharsets.UTF_8);
        assertThat(stderr).as("no stack trace").doesNotContain("\tat ");
        // Progress lines and the library's own one-line log warnings (e.g. that its searcher keeps the last
        // committed state) are not errors of the command.
        List<String> errors = new ArrayList<>(stderr.lines().filter(line -> !line.startsWith("ingest: "))
                .filter(line -> !line.matches("^\\[[\\w-]+\\] WARN .*")).toList());
        assertThat(errors).as(stderr).hasSize(1);
        assertThat(errors.get(0)).startsWith("library ingest: ");
        return errors.get(0);
    }

    /** The library opens with its documents whole, and the search run on it found every one of them. */
    private static void assertSearchable(Path data, Path searchJson) throws IOException {
        LibraryState state = LibraryState.open(new DataDirectory(data), sources());
        assertThat(state.documents().keySet()).containsAll(libraryIds);
        assertThat(state.stored()).containsAll(LibraryState.storedFor(new DataDirectory(data), state.live()));
        JsonNode search = Json.mapper().readTree(searchJson.toFile());
        Set<String> found = new TreeSet<>();
        search.get("hits").forEach(hit -> found.add(hit.get("id").asText()));
        assertThat(found).isEqualTo(libraryIds);
    }

    private static List<String> sources() {
        return List.of(dir.resolve("library-folder").toAbsolutePath().normalize().toString(),
                large.toAbsolutePath().normalize().toString());
    }

    /** What the files of a folder take on disk, in KB, rounded up to whole pages as tmpfs counts them. */
    private static long usageKb(Path folder) throws IOException {
        long kb = 0;
        for (String entry : Folders.list(folder)) {
            Path path = folder.resolve(entry);
            kb += Files.isDirectory(path) ? 4 : (Files.size(path) + 4095) / 4096 * 4;
        }
        return kb;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void cli(String... args) {
        var err = new java.io.StringWriter();
        int code = LibraryCommand.commandLine().setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .setErr(new java.io.PrintWriter(err, true)).execute(args);
        assertThat(code).as(err.toString()).isZero();
    }
}
