package org.resourcelibrary.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;

class FileDownloadTest extends ApiTestBase {

    static final String PDF = "/api/documents/" + TestLibrary.ZAMBIA + "/file";
    static byte[] original;
    static String sha256;

    @BeforeAll
    static void readOriginal() throws IOException {
        Resource zambia = library.library().get(TestLibrary.ZAMBIA).orElseThrow();
        sha256 = zambia.sha256();
        original = Files.readAllBytes(library.services().blobs().find(sha256).orElseThrow());
    }

    static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = app.request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return app.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_whole_file_comes_with_its_type_name_and_sha256_etag() {
        HttpResponse<byte[]> response = get(PDF);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(original);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"zambia-workforce-assessment-2019.pdf\"");
        assertThat(response.headers().firstValue("ETag")).hasValue('"' + sha256 + '"');
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(original.length);
    }

    @Test
    void a_byte_range_is_a_206_with_just_those_bytes() {
        HttpResponse<byte[]> response = get(PDF, "Range", "bytes=100-1123");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(original, 100, 1124));
        assertThat(response.headers().firstValue("Content-Range"))
                .hasValue("bytes 100-1123/" + original.length);
    }

    @Test
    void open_ended_and_suffix_ranges_reach_the_end() {
        assertThat(get(PDF, "Range", "bytes=-10").body())
                .isEqualTo(Arrays.copyOfRange(original, original.length - 10, original.length));
        assertThat(get(PDF, "Range", "bytes=" + (original.length - 5) + "-").body())
                .isEqualTo(Arrays.copyOfRange(original, original.length - 5, original.length));
    }

    @Test
    void a_range_beyond_the_end_is_a_416_saying_the_length() {
        HttpResponse<byte[]> response = get(PDF, "Range", "bytes=" + original.length + "-");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + original.length);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_malformed_range_is_a_416() {
        assertThat(get(PDF, "Range", "bytes=9-3").statusCode()).isEqualTo(416);
        assertThat(get(PDF, "Range", "bytes=abc").statusCode()).isEqualTo(416);
    }

    @Test
    void a_range_with_a_stale_if_range_gets_the_whole_file() {
        HttpResponse<byte[]> response = get(PDF, "Range", "bytes=0-9", "If-Range", "\"some-older-version\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).hasSize(original.length);
    }

    @Test
    void a_current_etag_is_a_304_without_the_bytes() {
        HttpResponse<byte[]> response = get(PDF, "If-None-Match", '"' + sha256 + '"');

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void head_gives_the_headers_alone() {
        HttpResponse<byte[]> response = app.send(app.request(PDF).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(original.length);
    }

    @Test
    void files_are_not_gzipped_so_lengths_and_ranges_hold() {
        HttpResponse<byte[]> response = get(PDF, "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(original);
    }

    @Test
    void a_non_ascii_file_name_is_kept_in_utf8() {
        HttpResponse<byte[]> response = get("/api/documents/" + TestLibrary.BOLETIM + "/file");

        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "inline; filename=\"Boletim Lus_fono 2025.txt\"; filename*=UTF-8''Boletim%20Lus%C3%B3fono%202025.txt");
    }

    @Test
    void an_html_file_is_downloaded_and_sandboxed_never_run_in_our_origin() {
        HttpResponse<byte[]> response = get("/api/documents/" + TestLibrary.NOTES + "/file");

        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"kenya-volunteer-field-notes.html\"");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("sandbox"));
    }
}
