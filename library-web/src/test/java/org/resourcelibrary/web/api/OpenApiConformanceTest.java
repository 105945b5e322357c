package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.indexer.editions.EditionProposal;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.Multipart;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;

/**
 * The OpenAPI description and the service never drift apart: real responses to real requests are checked
 * against it (status documented, content type documented, body valid against the documented JSON schema),
 * every documented operation and status is exercised, and every API route is documented.
 */
class OpenApiConformanceTest extends ApiTestBase {

    /** Where the served description is registered for its schemas (not a place anything else could load from). */
    static final String SPEC = "https://resourcelibrary.invalid/api/openapi.json";
    static final String ZAMBIA = TestLibrary.ZAMBIA;
    /** The address the test's calls come from. */
    private static final String LOOPBACK = "127.0.0.1";
    /** How long the throttled server's address stays blocked: longer than any test takes. */
    private static final java.time.Duration THROTTLED_FOR = java.time.Duration.ofMinutes(5);
    static JsonNode spec;
    static SchemaRegistry schemas;
    static List<Exchange> exchanges;

    /** A call and the response it got. */
    public record Exchange(ApiCall call, HttpResponse<String> response) {
        @Override
        public String toString() {
            return call + " -> " + response.statusCode();
        }
    }

    @BeforeAll
    static void exchange(@TempDir Path other, @TempDir Path alerting, @TempDir Path recording) throws Exception {
        spec = ApiDocs.description();
        String served = Json.mapper().writeValueAsString(spec);
        schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                registry -> registry.schemas(Map.of(SPEC, served)));
        exchanges = new ArrayList<>();
        for (ApiCall call : readCalls()) {
            exchanges.add(new Exchange(call, send(call)));
        }
        for (ApiCall call : librarianCalls()) {
            exchanges.add(new Exchange(call, send(call)));
        }
        for (ApiCall call : ReviewCalls.calls(library.data())) {
            exchanges.add(new Exchange(call, send(call)));
        }
        exchanges.add(closedLibraryIsNotReady(other));
        exchanges.addAll(AlertCalls.exchanges(alerting, app));
        for (ApiCall call : InsightsCalls.calls()) {
            exchanges.add(new Exchange(call, send(call)));
        }
        exchanges.addAll(InsightsCalls.exchanges(recording));
    }

    static List<ApiCall> readCalls() {
        String file = "/api/documents/" + ZAMBIA + "/file";
        String sha = '"' + library.library().get(ZAMBIA).orElseThrow().sha256() + '"';
        return List.of(
                ApiCall.get("/api/search", "/api/search?q=supervision&country=ZM&country=KE&type=report"),
                ApiCall.get("/api/search", "/api/search"),
                ApiCall.get("/api/search", "/api/search?region=eastern-southern-africa&lang=pt&sort=title&size=1"),
                revalidation(ApiCall.get("/api/search", "/api/search?q=supervision")),
                ApiCall.get("/api/search", "/api/search?size=500"),
                ApiCall.get("/api/documents/{id}", "/api/documents/" + ZAMBIA),
                ApiCall.get("/api/documents/{id}", "/api/documents/" + TestLibrary.BOLETIM),
                revalidation(ApiCall.get("/api/documents/{id}", "/api/documents/" + ZAMBIA)),
                ApiCall.get("/api/documents/{id}", "/api/documents/" + ZAMBIA + "?x=1"),
                ApiCall.get("/api/documents/{id}", "/api/documents/missing"),
                ApiCall.get("/api/documents/{id}/file", file),
                ApiCall.get("/api/documents/{id}/file", file, "Range", "bytes=0-99"),
                ApiCall.get("/api/documents/{id}/file", file, "Range", "bytes=99999999-"),
                ApiCall.get("/api/documents/{id}/file", file, "If-None-Match", sha),
                ApiCall.get("/api/documents/{id}/file", file + "?download=1"),
                ApiCall.get("/api/documents/{id}/file", "/api/documents/missing/file"),
                ApiCall.get("/api/documents/{id}/similar", "/api/documents/" + ZAMBIA + "/similar"),
                revalidation(ApiCall.get("/api/documents/{id}/similar", "/api/documents/" + ZAMBIA + "/similar")),
                ApiCall.get("/api/documents/{id}/similar", "/api/documents/" + ZAMBIA + "/similar?size=0"),
                ApiCall.get("/api/documents/{id}/similar", "/api/documents/missing/similar"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/" + ZAMBIA + "/citation?format=ris"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/" + ZAMBIA + "/citation?format=apa"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/" + ZAMBIA + "/citation"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/" + ZAMBIA + "/citation", "Accept",
                        "application/x-bibtex"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/" + ZAMBIA + "/citation", "Accept",
                        "image/png"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/" + ZAMBIA + "/citation?format=mla"),
                ApiCall.get("/api/documents/{id}/citation", "/api/documents/missing/citation"),
                ApiCall.get("/api/documents/{id}/pages", "/api/documents/" + ZAMBIA + "/pages?pages=2,4-5"),
                ApiCall.get("/api/documents/{id}/pages", "/api/documents/" + ZAMBIA + "/pages?pages=x"),
                ApiCall.get("/api/documents/{id}/pages", "/api/documents/" + ZAMBIA + "/pages?pages=99"),
                ApiCall.get("/api/documents/{id}/pages", "/api/documents/" + TestLibrary.TOOLKIT + "/pages?pages=1"),
                ApiCall.get("/api/search/citations", "/api/search/citations?q=supervision&format=harvard"),
                ApiCall.get("/api/search/citations", "/api/search/citations?country=ZM&format=csl-json"),
                ApiCall.get("/api/search/citations", "/api/search/citations?size=0&format=ris"),
                ApiCall.get("/api/search/citations", "/api/search/citations", "Accept", "text/html"),
                ApiCall.get("/api/suggest", "/api/suggest?q=ca"),
                ApiCall.get("/api/suggest", "/api/suggest?q=ca&lang=xx"),
                ApiCall.get("/api/facets/{dimension}", "/api/facets/country?prefix=k"),
                ApiCall.get("/api/facets/{dimension}", "/api/facets/region"),
                revalidation(ApiCall.get("/api/facets/{dimension}", "/api/facets/topic")),
                ApiCall.get("/api/facets/{dimension}", "/api/facets/shoe-size"),
                ApiCall.get("/api/openapi.json", "/api/openapi.json"),
                revalidation(ApiCall.get("/api/openapi.json", "/api/openapi.json")),
                ApiCall.get("/api/docs", "/api/docs"),
                ApiCall.get("/health", "/health"),
                ApiCall.get("/ready", "/ready"),
                ApiCall.get("/metrics", "/metrics"));
    }

    /** The call again with the ETag its first answer had: a 304. */
    private static ApiCall revalidation(ApiCall call) {
        return call.header("If-None-Match", app.get(call.path()).headers().firstValue("ETag").orElseThrow());
    }

    /** Calls to the librarian endpoints, in an order that gives every documented status. */
    static List<ApiCall> librarianCalls() throws Exception {
        byte[] notes = LibrarianApiTest.sample("lettre-du-reseau-2020.txt");
        ApiCall upload = ApiCall.librarian("POST", "/api/documents", "/api/documents")
                .form(new Multipart().file("file", "lettre.txt", "text/plain", notes).field("countries", "France"));
        ApiCall edit = ApiCall.librarian("PATCH", "/api/documents/{id}", "/api/documents/" + TestLibrary.BOLETIM)
                .json("{\"title\": \"Boletim 2025\", \"countries\": [\"BR\"]}");
        ApiCall remove = ApiCall.librarian("DELETE", "/api/documents/{id}", "/api/documents/" + TestLibrary.NOTES);
        ApiCall submit = ApiCall.librarian("POST", "/api/ingest-jobs", "/api/ingest-jobs").form(new Multipart()
                .file("file", "batch.zip", "application/zip", LibrarianApiTest.zip("a/guine-bissau-agentes-comunitarios.txt")));
        ApiCall jobs = ApiCall.librarian("GET", "/api/ingest-jobs", "/api/ingest-jobs");
        ApiCall reports = ApiCall.librarian("GET", "/api/ingest-reports", "/api/ingest-reports");
        String jobLocation = send(submit).headers().firstValue("Location").orElseThrow();
        assertThat(LibrarianApiTest.awaitDone(jobLocation).get("state").asText()).isEqualTo("done");
        ApiCall job = ApiCall.librarian("GET", "/api/ingest-jobs/{jobId}", jobLocation);
        String reportName = json(send(reports)).get("reports").get(0).get("name").asText();
        ApiCall report = ApiCall.librarian("GET", "/api/ingest-reports/{name}", "/api/ingest-reports/" + reportName);

        List<ApiCall> calls = new ArrayList<>(editionCalls());
        // A change naming a version the document no longer has (412) before the document goes.
        String otherVersion = "\"0123456789abcdef\"";
        calls.addAll(List.of(upload, upload, edit, edit.header("If-Match", otherVersion),
                remove.header("If-Match", otherVersion), remove, remove, submit, jobs, job, reports, report));
        calls.add(upload.form(new Multipart().file("file", "x.txt", "text/plain", notes).field("colour", "red")));
        calls.add(upload.body("text/plain", notes));
        calls.add(upload.form(new Multipart().file("file", "empty.txt", "text/plain", new byte[0])));
        calls.add(upload.to(ApiCall.Target.LIMITED).form(new Multipart().file("file", "big.txt", "text/plain",
                new byte[3 * 1024 * 1024])));
        calls.add(edit.json("{\"type\": \"novel\"}"));
        calls.add(edit.json("{\"title\": 123}"));
        calls.add(edit.body("text/plain", notes));
        calls.add(edit.json("{\"summary\": \"" + "x".repeat(LibrarianEndpoints.MAX_EDIT_BYTES) + "\"}"));
        calls.add(edit.at("/api/documents/missing"));
        calls.add(submit.body("text/plain", notes));
        calls.add(submit.form(new Multipart().file("file", "batch.zip", "application/zip",
                LibrarianApiTest.zip("b/kenya-volunteer-field-notes.txt")).field("colour", "red")));
        calls.add(submit.form(new Multipart().file("file", "notes.txt", "text/plain", notes)));
        calls.add(submit.to(ApiCall.Target.LIMITED).form(new Multipart().file("file", "big.zip", "application/zip",
                new byte[3 * 1024 * 1024])));
        calls.add(jobs.at("/api/ingest-jobs?all=1"));
        calls.add(job.at(jobLocation + "?x=1"));
        calls.add(job.at("/api/ingest-jobs/missing"));
        calls.add(reports.at("/api/ingest-reports?limit=0"));
        calls.add(report.at(report.path() + "?x=1"));
        calls.add(report.at("/api/ingest-reports/ingest-20000101T000000.000Z.json"));
        ApiCall editions = ApiCall.librarian("GET", "/api/librarian/editions", "/api/librarian/editions");
        ApiCall dismiss = ApiCall.librarian("POST", "/api/librarian/editions/{key}/dismiss",
                "/api/librarian/editions/missing/dismiss");
        ApiCall confirm = ApiCall.librarian("POST", "/api/librarian/editions/{key}/confirm",
                "/api/librarian/editions/missing/confirm");
        for (ApiCall call : List.of(upload, edit, remove, submit, jobs, job, reports, report, editions, dismiss,
                confirm)) {
            calls.add(call.withoutHeader("Authorization"));
            calls.add(call.header("Authorization", "Bearer wrong-token-0123456789").to(ApiCall.Target.FRESH));
            calls.add(call.to(ApiCall.Target.THROTTLED));
        }
        return calls;
    }

    /**
     * Calls to the edition proposals, first of the librarian's (before the documents they change are edited or
     * deleted): two proposals made by librarian's edits (titles naming one concept in two languages, one
     * organisation and year), one dismissed and one confirmed, after a key another work has was refused.
     */
    private static List<ApiCall> editionCalls() {
        ApiCall editions = ApiCall.librarian("GET", "/api/librarian/editions", "/api/librarian/editions");
        ApiCall dismiss = ApiCall.librarian("POST", "/api/librarian/editions/{key}/dismiss",
                "/api/librarian/editions/" + EditionProposal.keyOf(List.of(TestLibrary.NOTES, TestLibrary.BOLETIM))
                        + "/dismiss");
        ApiCall confirm = ApiCall.librarian("POST", "/api/librarian/editions/{key}/confirm",
                "/api/librarian/editions/" + EditionProposal.keyOf(List.of(TestLibrary.TOOLKIT, TestLibrary.GUIA))
                        + "/confirm");
        for (ApiCall edit : List.of(
                alike(TestLibrary.TOOLKIT, "Case management", "Regional Child Care Network", 2021),
                alike(TestLibrary.GUIA, "Manejo de casos", "Regional Child Care Network", 2021),
                alike(TestLibrary.NOTES, "Supervision", "Kenya Volunteer Network", 2018),
                alike(TestLibrary.BOLETIM, "Supervisão", "Kenya Volunteer Network", 2018),
                ApiCall.librarian("PATCH", "/api/documents/{id}", "/api/documents/" + TestLibrary.ZAMBIA)
                        .json("{\"work\": \"zambia-assessment\"}"))) {
            assertThat(send(edit).statusCode()).isEqualTo(200);
        }
        return List.of(editions, dismiss, dismiss, confirm.json("{\"work\": \"zambia-assessment\"}"),
                confirm.json("{\"work\": \"case-management\"}"), confirm,
                editions.at("/api/librarian/editions?x=1"), dismiss.at(dismiss.path() + "?x=1"),
                confirm.json("{\"work\": 1}"));
    }

    /** A librarian's edit giving a document a title, organisation and year. */
    private static ApiCall alike(String id, String title, String organization, int year) {
        return ApiCall.librarian("PATCH", "/api/documents/{id}", "/api/documents/" + id).json("{\"title\": \""
                + title + "\", \"organization\": \"" + organization + "\", \"year\": " + year + "}");
    }

    @TestFactory
    Stream<DynamicTest> every_response_matches_its_description() {
        return exchanges.stream().map(exchange -> DynamicTest.dynamicTest(exchange.toString(),
                () -> check(exchange.call(), exchange.response())));
    }

    @Test
    void every_documented_operation_and_status_is_exercised() {
        Set<String> exercised = new TreeSet<>();
        for (Exchange exchange : exchanges) {
            exercised.add(exchange.call().method() + " " + exchange.call().template() + " "
                    + exchange.response().statusCode());
        }
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().get("responses").fieldNames().forEachRemaining(status -> documented.add(
                        op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status))));

        assertThat(exercised).containsAll(documented);
    }

    @Test
    void every_api_route_is_documented() {
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        List<String> routes = app.routes().stream()
                .filter(route -> route.matches("(GET|POST|PUT|PATCH|DELETE) (/api/.*|/health|/ready|/metrics)"))
                .filter(route -> !route.startsWith("GET /api/docs/{version}"))
                .toList();

        assertThat(documented).containsAll(routes);
    }

    /** A library that has been closed: {@code /ready} answers 503. */
    private static Exchange closedLibraryIsNotReady(Path dir) throws IOException {
        TestLibrary closed = TestLibrary.create(dir);
        try (RunningApp closedApp = RunningApp.start(closed.services())) {
            closed.close();
            ApiCall call = ApiCall.get("/ready", "/ready");
            return new Exchange(call, closedApp.get(call.path()));
        }
    }

    private static HttpResponse<String> send(ApiCall call) {
        return switch (call.target()) {
            case MAIN -> app.send(call.request(app));
            case FRESH -> sendTo(RunningApp.start(library.services(WebSettings.defaults(), access())), call);
            case THROTTLED -> sendTo(RunningApp.start(library.services(WebSettings.defaults(), throttled())), call);
            case LIMITED -> sendTo(RunningApp.start(library.services(WebSettings.defaults().with(null, null, 1L),
                    access())), call);
        };
    }

    private static HttpResponse<String> sendTo(RunningApp other, ApiCall call) {
        try (other) {
            return other.send(call.request(other));
        }
    }

    /**
     * Access that has seen more failures from the loopback address than it lets pass: so many that the address stays
     * blocked for {@link #THROTTLED_FOR}, since the server made with it may take longer to start than the first block
     * lasts on a loaded machine, and the call would then be a 401, not the 429 under test.
     */
    private static LibrarianAccess throttled() {
        FailedAttempts failures = new FailedAttempts();
        while (failures.blockedFor(LOOPBACK).filter(left -> left.compareTo(THROTTLED_FOR) >= 0).isEmpty()) {
            failures.failed(LOOPBACK);
        }
        return new LibrarianAccess(AccessTokens.of(List.of(TOKEN), null), failures);
    }

    /** Checks one response against the description of its operation. */
    static void check(ApiCall call, HttpResponse<String> response) {
        String status = Integer.toString(response.statusCode());
        String method = call.method().toLowerCase(Locale.ROOT);
        JsonNode operation = spec.get("paths").get(call.template()).get(method);
        assertThat(operation).as("operation %s %s is documented", call.method(), call.template()).isNotNull();
        JsonNode raw = operation.get("responses").get(status);
        assertThat(raw).as("status %s of %s is documented", status, call).isNotNull();
        String base = raw.has("$ref") ? raw.get("$ref").asText()
                : "#/paths/" + escape(call.template()) + "/" + method + "/responses/" + status;
        JsonNode content = resolve(base).get("content");
        if (content == null) {
            assertThat(response.body()).as("an undocumented body").isEmpty();
            return;
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        String key = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
        assertThat(key).as("content type %s of %s is documented", mediaType, call).isNotNull();
        if (mediaType.endsWith("json") && !response.body().isEmpty()) {
            Schema schema = schemas.getSchema(SchemaLocation.of(SPEC + base + "/content/" + escape(key)
                    + "/schema"));
            List<Error> errors = schema.validate(response.body(), InputFormat.JSON);
            assertThat(errors).as("%s body %s", call, response.body()).isEmpty();
        }
    }

    /** The node a local reference ({@code #/a/b}) points to. */
    private static JsonNode resolve(String reference) {
        JsonNode target = spec;
        for (String part : reference.substring(2).split("/")) {
            target = target.get(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
