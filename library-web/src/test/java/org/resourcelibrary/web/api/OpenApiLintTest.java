package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;
import org.resourcelibrary.web.auth.LibrarianAccess;

/**
 * The API description passes the rules other teams lint descriptions with (Redocly's {@code recommended},
 * Spectral's {@code spectral:oas}), checked here so the build keeps it clean without those tools: servers,
 * a contact, every operation with an id, a description and its security (empty for public operations), every
 * tag declared, and no component left unused.
 */
class OpenApiLintTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static JsonNode spec;
    private static List<Map.Entry<String, JsonNode>> operations;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ApiDocs.class.getResourceAsStream(ApiDocs.SPEC_RESOURCE)) {
            spec = Json.mapper().readTree(in);
        }
        operations = new ArrayList<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(Map.entry(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
            }
        }));
    }

    @Test
    void theDescriptionNamesItsServersAndAContact() {
        assertThat(spec.path("servers").isArray() && !spec.path("servers").isEmpty()).as("servers").isTrue();
        assertThat(spec.path("info").path("contact").isObject()).as("info.contact").isTrue();
    }

    @Test
    void everyOperationHasAUniqueIdAndADescription() {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> operation : operations) {
            String id = operation.getValue().path("operationId").asText();
            assertThat(id).as(operation.getKey() + " operationId").isNotBlank();
            assertThat(ids.add(id)).as(operation.getKey() + " operationId unique").isTrue();
            assertThat(operation.getValue().path("description").asText()).as(operation.getKey() + " description")
                    .isNotBlank();
        }
    }

    @Test
    void everyOperationSaysItsSecurityEmptyWhenPublic() {
        Set<String> schemes = names(spec.path("components").path("securitySchemes"));
        for (Map.Entry<String, JsonNode> operation : operations) {
            JsonNode security = operation.getValue().path("security");
            assertThat(security.isArray()).as(operation.getKey() + " security").isTrue();
            security.forEach(requirement -> assertThat(schemes).as(operation.getKey() + " security schemes")
                    .containsAll(names(requirement)));
        }
    }

    @Test
    void everyTagUsedIsDeclared() {
        Set<String> declared = new TreeSet<>();
        spec.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        for (Map.Entry<String, JsonNode> operation : operations) {
            operation.getValue().path("tags").forEach(tag -> assertThat(declared).as(operation.getKey() + " tags")
                    .contains(tag.asText()));
        }
    }

    @Test
    void noComponentIsLeftUnused() {
        String text = spec.toString();
        Set<String> usedSchemes = new HashSet<>();
        for (Map.Entry<String, JsonNode> operation : operations) {
            operation.getValue().path("security").forEach(requirement -> usedSchemes.addAll(names(requirement)));
        }
        List<String> unused = new ArrayList<>();
        spec.path("components").properties().forEach(kind -> names(kind.getValue()).forEach(name -> {
            boolean used = kind.getKey().equals("securitySchemes") ? usedSchemes.contains(name)
                    : text.contains("\"#/components/" + kind.getKey() + "/" + name + "\"");
            if (!used) {
                unused.add(kind.getKey() + "/" + name);
            }
        }));
        assertThat(unused).as("components no $ref points to").isEmpty();
    }

    @Test
    void theServedDescriptionsServerIsThePublicUrlWhenOneIsConfigured(@TempDir Path dir) throws IOException {
        WebSettings settings = WebSettings.defaults().withPublication("https://example.org/library", null);
        try (TestLibrary library = TestLibrary.create(dir);
             RunningApp app = RunningApp.start(library.services(settings, LibrarianAccess.closed()))) {
            JsonNode served = Json.mapper().readTree(app.get("/api/openapi.json").body());

            assertThat(served.path("servers").get(0).path("url").asText()).isEqualTo("https://example.org/library");
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
