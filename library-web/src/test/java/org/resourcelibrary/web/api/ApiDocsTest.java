package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.web.ApiTestBase;

class ApiDocsTest extends ApiTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void the_docs_page_has_no_inline_script_and_every_asset_it_names_is_served() {
        HttpResponse<String> page = app.get("/api/docs");

        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|<style|style=");
        Matcher assets = Pattern.compile("(?:src|href)=\"(/api/docs/[^\"]+)\"").matcher(page.body());
        int count = 0;
        while (assets.find()) {
            HttpResponse<String> asset = app.get(assets.group(1));
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).hasValue(HttpCaching.IMMUTABLE);
            count++;
        }
        assertThat(count).isEqualTo(5);
    }

    @Test
    void only_the_pages_own_assets_are_served() {
        assertThat(app.get("/api/docs/0.0.1/swagger-ui.css").statusCode()).isEqualTo(404);
        String version = app.get("/api/docs").body().replaceAll("(?s).*/api/docs/([^/]+)/swagger-ui.css.*", "$1");
        assertThat(app.get("/api/docs/" + version + "/swagger-ui.js.map").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/docs/" + version + "/..%2F..%2Fpom.properties").statusCode()).isEqualTo(404);
    }

    @Test
    void swagger_ui_renders_every_operation_in_a_real_browser_under_the_strict_policy(@TempDir Path profile)
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (CI installs it)");
        Path dom = profile.resolve("dom.html");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("profile"),
                "--virtual-time-budget=10000", "--dump-dom", app.uri("/api/docs").toString()))
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();

        String rendered = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(rendered).contains("data-path=\"/api/search\"", "data-path=\"/api/documents/{id}/file\"",
                "data-path=\"/metrics\"");
    }
}
