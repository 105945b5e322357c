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
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
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
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;

/**
 * The OpenAPI description and the service never drift apart: real responses to real requests are checked
 * against it (status documented, content type documented, body valid against the documented JSON schema),
 * every documented operation and status is exercised, and every API route is documented.
 */
class OpenApiConformanceTest extends ApiTestBase {

    static final String SPEC = "classpath:" + ApiDocs.SPEC_RESOURCE.substring(1);
    static final String ZAMBIA = TestLibrary.ZAMBIA;
    static JsonNode spec;
    static SchemaRegistry schemas;

    /** One request to make: the operation it exercises (method and documented path) and how to make it. */
    record Call(String method, String template, String path, Map<String, String> headers) {
        static Call get(String template, String path, String... headers) {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < headers.length; i += 2) {
                map.put(headers[i], headers[i + 1]);
            }
            return new Call("GET", template, path, map);
        }

        @Override
        public String toString() {
            return method + " " + path + (headers.isEmpty() ? "" : " " + headers.keySet());
        }
    }

    @BeforeAll
    static void loadSpec() throws IOException {
        try (InputStream in = ApiDocs.class.getResourceAsStream(ApiDocs.SPEC_RESOURCE)) {
            spec = Json.mapper().readTree(in);
        }
        schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31());
    }

    static List<Call> calls() {
        String etag = app.get("/api/documents/" + ZAMBIA).headers().firstValue("ETag").orElseThrow();
        String searchEtag = app.get("/api/search?q=supervision").headers().firstValue("ETag").orElseThrow();
        String facetsEtag = app.get("/api/facets/topic").headers().firstValue("ETag").orElseThrow();
        String similarEtag = app.get("/api/documents/" + ZAMBIA + "/similar").headers().firstValue("ETag")
                .orElseThrow();
        String specEtag = app.get("/api/openapi.json").headers().firstValue("ETag").orElseThrow();
        String sha = '"' + library.library().get(ZAMBIA).orElseThrow().sha256() + '"';
        String file = "/api/documents/" + ZAMBIA + "/file";
        return List.of(
                Call.get("/api/search", "/api/search?q=supervision&country=ZM&country=KE&type=report"),
                Call.get("/api/search", "/api/search"),
                Call.get("/api/search", "/api/search?region=eastern-southern-africa&lang=pt&sort=title&size=1"),
                Call.get("/api/search", "/api/search?q=supervision", "If-None-Match", searchEtag),
                Call.get("/api/search", "/api/search?size=500"),
                Call.get("/api/documents/{id}", "/api/documents/" + ZAMBIA),
                Call.get("/api/documents/{id}", "/api/documents/" + TestLibrary.BOLETIM),
                Call.get("/api/documents/{id}", "/api/documents/" + ZAMBIA, "If-None-Match", etag),
                Call.get("/api/documents/{id}", "/api/documents/" + ZAMBIA + "?x=1"),
                Call.get("/api/documents/{id}", "/api/documents/missing"),
                Call.get("/api/documents/{id}/file", file),
                Call.get("/api/documents/{id}/file", file, "Range", "bytes=0-99"),
                Call.get("/api/documents/{id}/file", file, "Range", "bytes=99999999-"),
                Call.get("/api/documents/{id}/file", file, "If-None-Match", sha),
                Call.get("/api/documents/{id}/file", file + "?download=1"),
                Call.get("/api/documents/{id}/file", "/api/documents/missing/file"),
                Call.get("/api/documents/{id}/similar", "/api/documents/" + ZAMBIA + "/similar"),
                Call.get("/api/documents/{id}/similar", "/api/documents/" + ZAMBIA + "/similar",
                        "If-None-Match", similarEtag),
                Call.get("/api/documents/{id}/similar", "/api/documents/" + ZAMBIA + "/similar?size=0"),
                Call.get("/api/documents/{id}/similar", "/api/documents/missing/similar"),
                Call.get("/api/suggest", "/api/suggest?q=ca"),
                Call.get("/api/suggest", "/api/suggest?q=ca&lang=xx"),
                Call.get("/api/facets/{dimension}", "/api/facets/country?prefix=k"),
                Call.get("/api/facets/{dimension}", "/api/facets/region"),
                Call.get("/api/facets/{dimension}", "/api/facets/topic", "If-None-Match", facetsEtag),
                Call.get("/api/facets/{dimension}", "/api/facets/shoe-size"),
                Call.get("/api/openapi.json", "/api/openapi.json"),
                Call.get("/api/openapi.json", "/api/openapi.json", "If-None-Match", specEtag),
                Call.get("/api/docs", "/api/docs"),
                Call.get("/health", "/health"),
                Call.get("/ready", "/ready"),
                Call.get("/metrics", "/metrics"));
    }

    @TestFactory
    Stream<DynamicTest> every_response_matches_its_description() {
        return calls().stream().map(call -> DynamicTest.dynamicTest(call.toString(), () -> check(call, send(call))));
    }

    @Test
    void every_documented_operation_and_status_is_exercised(@TempDir Path other) throws IOException {
        Set<String> exercised = new TreeSet<>();
        for (Call call : calls()) {
            exercised.add(call.method() + " " + call.template() + " " + send(call).statusCode());
        }
        exercised.add("GET /ready " + closedLibraryIsNotReady(other));

        Set<String> documented = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().get("responses").fieldNames().forEachRemaining(status -> documented.add(
                        op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " " + status))));

        assertThat(exercised).containsAll(documented);
    }

    @Test
    void every_api_route_is_documented() {
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        List<String> routes = app.routes().stream()
                .filter(route -> route.matches("(GET|POST|PUT|PATCH|DELETE) (/api/.*|/health|/ready|/metrics)"))
                .filter(route -> !route.startsWith("GET /api/docs/{version}"))
                .toList();

        assertThat(documented).containsAll(routes);
    }

    @Test
    void the_description_itself_is_valid_openapi_json() {
        assertThat(spec.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(spec.get("paths").size()).isPositive();
    }

    /** A library that has been closed: {@code /ready} answers 503, as described. */
    private static int closedLibraryIsNotReady(Path dir) throws IOException {
        TestLibrary closed = TestLibrary.create(dir);
        try (RunningApp closedApp = RunningApp.start(closed.services())) {
            closed.close();
            Call call = Call.get("/ready", "/ready");
            HttpResponse<String> response = closedApp.get(call.path());
            check(call, response);
            return response.statusCode();
        }
    }

    private static HttpResponse<String> send(Call call) {
        HttpRequest.Builder request = app.request(call.path()).method(call.method(),
                HttpRequest.BodyPublishers.noBody());
        call.headers().forEach(request::header);
        return app.send(request.build());
    }

    /** Checks one response against the description of its operation. */
    static void check(Call call, HttpResponse<String> response) {
        String status = Integer.toString(response.statusCode());
        JsonNode operation = spec.get("paths").get(call.template()).get(call.method().toLowerCase(
                java.util.Locale.ROOT));
        assertThat(operation).as("operation %s %s is documented", call.method(), call.template()).isNotNull();
        JsonNode documented = resolve(operation.get("responses").get(status));
        assertThat(documented).as("status %s of %s is documented", status, call).isNotNull();
        JsonNode content = documented.get("content");
        if (content == null) {
            assertThat(response.body()).as("an undocumented body").isEmpty();
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].strip();
        String key = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
        assertThat(key).as("content type %s of %s is documented", mediaType, call).isNotNull();
        if (mediaType.endsWith("json") && !response.body().isEmpty()) {
            String pointer = pointer(call, status, key, documented);
            Schema schema = schemas.getSchema(SchemaLocation.of(SPEC + pointer));
            List<Error> errors = schema.validate(response.body(), InputFormat.JSON);
            assertThat(errors).as("%s body %s", call, response.body()).isEmpty();
        }
    }

    /** The JSON pointer, within the description, of the schema of this response's body. */
    private static String pointer(Call call, String status, String mediaKey, JsonNode documented) {
        JsonNode raw = spec.get("paths").get(call.template()).get(call.method().toLowerCase(java.util.Locale.ROOT))
                .get("responses").get(status);
        String base = raw.has("$ref") ? raw.get("$ref").asText()
                : "#/paths/" + escape(call.template()) + "/" + call.method().toLowerCase(java.util.Locale.ROOT)
                + "/responses/" + status;
        return base + "/content/" + escape(mediaKey) + "/schema";
    }

    private static JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        JsonNode target = spec;
        Iterator<String> parts = List.of(node.get("$ref").asText().substring(2).split("/")).iterator();
        while (parts.hasNext()) {
            target = target.get(parts.next().replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

}
