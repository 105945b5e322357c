package org.resourcelibrary.web.pages;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.web.LibraryWebApp;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.alerts.Alerts;

/**
 * The real web application on a free loopback port, with an HTTP client that keeps cookies like a browser
 * (and does not follow redirects, so tests see them).
 */
final class TestServer implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The librarian's token of {@link #librarian(TestLibrary)} servers. */
    static final String LIBRARIAN_TOKEN = "librarian-page-test-token-42";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static final int SEE_OTHER = 303;

    private final Javalin app;
    private final AutoCloseable owned;
    private final HttpClient client;

    private TestServer(Javalin app, AutoCloseable owned) {
        this.app = app;
        this.owned = owned;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static TestServer start(WebServices services) {
        return new TestServer(LibraryWebApp.create(services).start("127.0.0.1", 0), () -> { });
    }

    /** The application with e-mail alerts. */
    static TestServer start(WebServices services, Alerts alerts) {
        return new TestServer(LibraryWebApp.create(services, alerts).start("127.0.0.1", 0), () -> { });
    }

    /** Serves {@code library}, and closes it when closed. */
    static TestServer serving(TestLibrary library) {
        return new TestServer(LibraryWebApp.create(library.services()).start("127.0.0.1", 0), library);
    }

    /** Serves {@code library} with librarian pages open to {@link #LIBRARIAN_TOKEN}, and closes it when closed. */
    static TestServer librarian(TestLibrary library) {
        return new TestServer(LibraryWebApp.create(library.services(LIBRARIAN_TOKEN)).start("127.0.0.1", 0), library);
    }

    /**
     * Signs in with {@link #LIBRARIAN_TOKEN} (this client keeps the session cookie) and returns the session's
     * CSRF token, read from the page as a browser would.
     */
    String signIn() {
        HttpResponse<String> signedIn = post("/librarian/sign-in", Map.of("token", LIBRARIAN_TOKEN));
        if (signedIn.statusCode() != SEE_OTHER) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + ": " + signedIn.body());
        }
        Matcher csrf = CSRF.matcher(get("/librarian").body());
        if (!csrf.find()) {
            throw new IllegalStateException("the signed-in page has no CSRF token");
        }
        return csrf.group(1);
    }

    /** Whether a signed-out visit of {@code path} is sent to the librarian page, to sign in. */
    boolean sendsToSignIn(String path) {
        HttpResponse<String> page = get(path);
        return page.statusCode() == SEE_OTHER
                && page.headers().firstValue("Location").orElse("").startsWith(LibrarianPage.PATH);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    /** Posts a form ({@code application/x-www-form-urlencoded}) as a browser on this site would. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", url(""))
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
    }

    /** Posts a multipart form with one file, as the librarian's upload form does. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----form" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", url(""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String formBody(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    @Override
    public void close() throws Exception {
        app.stop();
        owned.close();
    }
}
