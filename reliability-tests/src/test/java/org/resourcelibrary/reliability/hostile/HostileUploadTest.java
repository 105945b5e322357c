package org.resourcelibrary.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.reliability.support.Figures;
import org.resourcelibrary.reliability.support.LibraryService;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;

/**
 * Crafted files through the real librarian endpoints ({@code POST /api/documents} and zip ingest jobs):
 * climbing and absolute names, NUL bytes, zip slip, zip bombs by ratio and by nesting, XML entity expansion
 * and external entities (plain XML and DOCX), an empty file, an oversize file, content under the wrong
 * extension. Each is refused with a problem or ingested safely; no file appears outside the data directory;
 * the service answers afterwards.
 */
class HostileUploadTest {

    private static final String NAME = "hostile-uploads";
    private static final long MAX_UPLOAD = 2L * 1024 * 1024;
    private static final long BOMB_BYTES = 300L * 1024 * 1024;
    private static final int NESTING = 9;
    /** Longest any hostile file may take to be answered: none may tie the server up. */
    /** Between two looks at a condition awaited. */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(60);
    private static final Duration JOB_DEADLINE = Duration.ofMinutes(2);
    private static final String SECRET = "TOPSECRETCANARY";
    /** Most text a billion-laughs document may yield: the entities were not expanded. */
    private static final long MAX_LAUGH_CHARS = 100_000;

    @TempDir
    static Path dir;
    private static LibraryService service;
    private static RunningApp app;
    private static Path secret;
    private static final String MARKER = "escaped-" + UUID.randomUUID();
    private static final Map<String, String> OUTCOMES = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data")).create();
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET + " root:x:0:0");
        service = LibraryService.start(data, LuceneLibrary.open(data.index(), Vocabulary.standard()),
                new WebSettings(WebSettings.DEFAULT_PORT, List.of(WebSettings.ANY_ORIGIN), MAX_UPLOAD),
                new LibrarianAccess(AccessTokens.of(List.of(LibraryService.TOKEN), null), new FailedAttempts()));
        app = service.app();
    }

    @AfterEach
    void serviceUpAndNothingOutsideTheDataDirectory() throws IOException {
        assertThat(app.get("/health").statusCode()).as("the service is up").isEqualTo(200);
        assertThat(escaped()).as("files named %s outside the data directory", MARKER).isEmpty();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        Figures.print(NAME, OUTCOMES.size() + " hostile files, each refused or ingested safely, 0 files outside the "
                + "data directory, service up: " + OUTCOMES);
    }

    @Test
    void climbingAbsoluteAndNulNamesAreStoredUnderTheDataDirectoryOrRefused() throws IOException {
        for (String name : new String[] {"../../../../../../tmp/" + MARKER + "-a.txt", "/tmp/" + MARKER + "-b.txt",
            "..\\..\\..\\" + MARKER + "-c.txt", "report\u0000" + MARKER + "-d.txt", MARKER + "-e.txt\u0000.pdf",
            "C:\\Windows\\" + MARKER + "-f.txt"}) {
            HttpResponse<String> response = upload(name, ("Named upload " + name.length()).getBytes(StandardCharsets.UTF_8));
            assertRefusedOrCreated(name, response);
            if (response.statusCode() == 201) {
                String sources = json(response).get("document").toString();
                assertThat(sources).as("what the API shows of %s", name).doesNotContain("../", "..\\\\", "/tmp/");
            }
        }
    }

    @Test
    void anEmptyFileIsRefusedWithAProblem() {
        HttpResponse<String> response = upload("empty.txt", new byte[0]);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response);
        OUTCOMES.put("empty file", String.valueOf(response.statusCode()));
    }

    @Test
    void aFileOverTheLimitIsA413() {
        HttpResponse<String> response = upload("huge.txt", "x".repeat((int) MAX_UPLOAD + 1).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
        OUTCOMES.put("oversize", "413");
    }

    @Test
    void entityExpansionIsNotExpandedAndDoesNotTieUpTheServer() throws IOException {
        for (Map.Entry<String, byte[]> file : Map.of("laughs.xml", HostileFiles.billionLaughs(),
                "laughs.docx", HostileFiles.billionLaughsDocx()).entrySet()) {
            long started = System.nanoTime();
            HttpResponse<String> response = upload(file.getKey(), file.getValue());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as(file.getKey()).isLessThan(ANSWER_DEADLINE);
            assertRefusedOrCreated(file.getKey(), response);
            if (response.statusCode() == 201) {
                JsonNode document = json(response).get("document");
                assertThat(document.path("chars").asLong()).as("text of %s", file.getKey())
                        .isLessThan(MAX_LAUGH_CHARS);
            }
        }
    }

    @Test
    void externalEntitiesDoNotReadLocalFiles() throws IOException {
        for (Map.Entry<String, byte[]> file : Map.of("xxe.xml", HostileFiles.externalEntity(secret),
                "xxe.docx", HostileFiles.externalEntityDocx(secret)).entrySet()) {
            assertRefusedOrCreated(file.getKey(), upload(file.getKey(), file.getValue()));
        }
        assertThat(json(app.get("/api/search?q=" + SECRET)).get("total").asInt()).as("the secret, searched").isZero();
    }

    @Test
    void contentUnderTheWrongExtensionIsReadForWhatItIsOrRefused() throws IOException {
        Map<String, byte[]> files = new TreeMap<>(Map.of(
                "text-named.pdf", "Plain text about supervision, named as a PDF.".getBytes(StandardCharsets.UTF_8),
                "docx-named.txt", HostileFiles.zip(Map.of("word/document.xml", new byte[] {'<', 'x', '/', '>'})),
                "binary-named.docx", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0}));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertRefusedOrCreated(file.getKey(), upload(file.getKey(), file.getValue()));
        }
    }

    @Test
    void zipSlipMembersStayInsideAndTheHonestMemberIsIngested() throws Exception {
        JsonNode job = ingestJob("climbing.zip", HostileFiles.zipSlip(MARKER));

        OUTCOMES.put("zip slip", job.get("state").asText() + ", " + job.path("report").path("indexed").asInt()
                + " indexed");
        assertThat(job.get("state").asText()).as(job.toString()).isIn("done", "failed");
        assertThat(json(app.get("/api/search?q=honest+member+climbing")).get("total").asInt()).isPositive();
    }

    @Test
    void aZipBombByRatioIsRefusedWithoutUnpacking() throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        HostileFiles.ratioBomb(bomb, BOMB_BYTES);
        long started = System.nanoTime();
        JsonNode job = ingestJob("bomb.zip", Files.readAllBytes(bomb));

        OUTCOMES.put("zip bomb " + BOMB_BYTES / (1024 * 1024) + " MB in " + Files.size(bomb) / 1024 + " KB",
                job.get("state").asText() + " in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        assertThat(job.path("report").path("indexed").asInt()).as(job.toString()).isZero();
        assertThat(job.toString()).containsIgnoringCase("ratio");
    }

    @Test
    void zipsNestedTooDeeplyStopAtTheDepthLimit() throws Exception {
        JsonNode job = ingestJob("nested.zip", HostileFiles.nestedZips(NESTING, MARKER));

        int indexed = job.path("report").path("indexed").asInt();
        OUTCOMES.put("zips nested " + NESTING + " deep", indexed + " levels indexed");
        assertThat(indexed).as(job.toString()).isPositive().isLessThan(NESTING);
    }

    private static void assertRefusedOrCreated(String name, HttpResponse<String> response) {
        OUTCOMES.put(printable(name), String.valueOf(response.statusCode()));
        assertThat(response.statusCode()).as("%s: %s", printable(name), response.body()).isIn(200, 201, 400, 413, 415, 422);
        if (response.statusCode() >= 400) {
            assertProblem(response);
        }
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").asText()).isNotBlank().doesNotContain(dir.toString());
    }

    private static HttpResponse<String> upload(String name, byte[] content) {
        return app.send(new Multipart().file("file", name, "application/octet-stream", content)
                .post(app, "/api/documents", LibraryService.TOKEN));
    }

    private static JsonNode ingestJob(String name, byte[] zip) throws InterruptedException {
        HttpResponse<String> submitted = app.send(new Multipart().file("file", name, "application/zip", zip)
                .post(app, "/api/ingest-jobs", LibraryService.TOKEN));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        long deadline = System.nanoTime() + JOB_DEADLINE.toNanos();
        JsonNode job = json(authorized(location));
        while (!job.get("state").asText().matches("done|failed")) {
            assertThat(System.nanoTime()).as("job over within %s: %s", JOB_DEADLINE, job).isLessThan(deadline);
            Thread.sleep(POLL.toMillis());
            job = json(authorized(location));
        }
        return job;
    }

    private static HttpResponse<String> authorized(String path) {
        return app.send(app.request(path).header("Authorization", "Bearer " + LibraryService.TOKEN).GET().build());
    }

    /** Files whose names carry the marker anywhere but in the data directory: the temp folders, here, the root. */
    private static List<Path> escaped() throws IOException {
        List<Path> found = new ArrayList<>();
        Path data = dir.resolve("data");
        for (Path root : List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("").toAbsolutePath(),
                Path.of("/"), dir)) {
            try (Stream<Path> files = Files.walk(root, root.equals(dir) ? Integer.MAX_VALUE : 2)) {
                files.filter(file -> file.getFileName() != null && file.getFileName().toString().contains(MARKER))
                        .filter(file -> !file.startsWith(data)).forEach(found::add);
            } catch (UncheckedIOException e) {
                // A folder another process removed while walking: nothing of ours.
            }
        }
        return found;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private static String printable(String name) {
        return name.replace("\u0000", "\\0").replace(MARKER, "M");
    }
}
