package org.resourcelibrary.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body for tests: text fields and one file. */
public final class Multipart {

    private final String boundary = "----library-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final List<String> names = new ArrayList<>();

    public Multipart field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        write(value.getBytes(StandardCharsets.UTF_8));
        write("\r\n".getBytes(StandardCharsets.UTF_8));
        names.add(name);
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n");
        write(content);
        write("\r\n".getBytes(StandardCharsets.UTF_8));
        names.add(name);
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    /** A POST of this body to {@code pathAndQuery} of {@code app}, with the token if not null. */
    public HttpRequest post(RunningApp app, String pathAndQuery, String token) {
        HttpRequest.Builder request = app.request(pathAndQuery).header("Content-Type", contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Posts this body to {@code pathAndQuery} of {@code app} with the token, waiting at most {@code timeout}. */
    public HttpResponse<String> send(RunningApp app, String pathAndQuery, String token, Duration timeout) {
        return app.send(HttpRequest.newBuilder(post(app, pathAndQuery, token), (name, value) -> true)
                .timeout(timeout).build());
    }

    private void part(String headers) {
        write(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        body.writeBytes(bytes);
    }
}
