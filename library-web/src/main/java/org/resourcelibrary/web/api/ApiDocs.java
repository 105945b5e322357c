package org.resourcelibrary.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.resourcelibrary.core.json.Json;

/**
 * The API's description: {@code GET /api/openapi.json} (OpenAPI 3.1, a resource file kept in step with the
 * routes by a test that checks real responses against it) and {@code GET /api/docs}, Swagger UI on it, served
 * from the swagger-ui webjar. The page has no inline script, so it works under the service's strict
 * Content-Security-Policy.
 */
final class ApiDocs {

    static final String SPEC_RESOURCE = "/org/resourcelibrary/web/api/openapi.json";
    private static final String PAGE_RESOURCE = "/org/resourcelibrary/web/api/docs/index.html";
    private static final String INITIALIZER_RESOURCE = "/org/resourcelibrary/web/api/docs/swagger-initializer.js";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** The webjar files the page uses, by name, with their content types. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    private static final String INITIALIZER = "swagger-initializer.js";

    private final JsonNode spec;
    private final String version;
    private final String page;
    private final Map<String, byte[]> assets = new ConcurrentHashMap<>();

    /** @param publicUrl where the library is reached when configured (the description's server), or null */
    ApiDocs(String publicUrl) {
        try {
            this.spec = withServer(description(), publicUrl);
            Properties properties = new Properties();
            properties.load(new ByteArrayInputStream(read(WEBJAR_PROPERTIES)));
            this.version = properties.getProperty("version");
            this.page = new String(read(PAGE_RESOURCE), StandardCharsets.UTF_8).replace("{{version}}", version);
        } catch (IOException e) {
            throw new UncheckedIOException("the API description is not readable", e);
        }
    }

    /**
     * The description with its server at the public URL: the resource file says {@code /}, which is right only
     * where the library is at the root of its host.
     */
    private static JsonNode withServer(JsonNode spec, String publicUrl) {
        if (publicUrl != null) {
            ((ObjectNode) spec.get("servers").get(0)).put("url", publicUrl);
        }
        return spec;
    }

    /** The API's description: the resource file, with the facet dimensions and metadata fields as defined. */
    static JsonNode description() throws IOException {
        return MetadataFieldProperties.describe(DimensionParameters.describe(Json.mapper().readTree(
                read(SPEC_RESOURCE))));
    }

    /** {@code GET /api/openapi.json}. */
    void spec(Context ctx) {
        HttpCaching.json(ctx, spec);
    }

    /** {@code GET /api/docs}. */
    void page(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, HttpCaching.REVALIDATE);
        ctx.html(page);
    }

    /** {@code GET /api/docs/{version}/{file}}: the page's scripts, styles and icons. */
    void asset(Context ctx) {
        String file = ctx.pathParam("file");
        boolean ours = file.equals(INITIALIZER);
        if (!ctx.pathParam("version").equals(version) || !ours && !ASSETS.containsKey(file)) {
            throw new NotFoundResponse("no such file of the API documentation page");
        }
        byte[] bytes = assets.computeIfAbsent(file, name -> {
            try {
                return read(ours ? INITIALIZER_RESOURCE : WEBJAR + version + "/" + name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ctx.header(Header.CACHE_CONTROL, HttpCaching.IMMUTABLE);
        ctx.contentType(ours ? "text/javascript; charset=utf-8" : ASSETS.get(file)).result(bytes);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = ApiDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
