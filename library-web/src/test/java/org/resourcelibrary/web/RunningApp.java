package org.resourcelibrary.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The real application started on a free port, with an HTTP client: what JavalinTest does (javalin-testtools
 * 7.2.3 is not published where this project's builds resolve artifacts).
 */
public final class RunningApp implements AutoCloseable {

    /** Longest a test waits for one response. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Javalin app;
    private final int port;
    private final HttpClient client;

    private RunningApp(Javalin app, int port) {
        this.app = app;
        this.port = port;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public static RunningApp start(WebServices services) {
        Javalin app = LibraryWebApp.create(services).start("127.0.0.1", 0);
        return new RunningApp(app, app.port());
    }

    /** A client of a server started otherwise (e.g. by {@code serve}); closing it leaves the server running. */
    public static RunningApp client(int port) {
        return new RunningApp(null, port);
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT);
    }

    /** A GET of {@code pathAndQuery}, body as text. */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every HTTP route of the application, as {@code METHOD path}. */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path).toList();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
