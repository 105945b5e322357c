package org.resourcelibrary.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.web.auth.AccessTokens;
import org.resourcelibrary.web.auth.FailedAttempts;
import org.resourcelibrary.web.auth.LibrarianAccess;

/** Tests against the running application over the {@link TestLibrary}, shared by the tests of one class. */
public abstract class ApiTestBase {

    /** The librarian token the tests' application accepts. */
    public static final String TOKEN = "test-librarian-token-0123456789";

    @TempDir
    protected static Path dir;
    protected static TestLibrary library;
    protected static RunningApp app;

    @BeforeAll
    static void startApp() throws IOException {
        library = TestLibrary.create(dir);
        app = RunningApp.start(library.services(WebSettings.defaults(), access()));
    }

    /** Access for {@link #TOKEN}, with its own record of failed attempts. */
    public static LibrarianAccess access() {
        return new LibrarianAccess(AccessTokens.of(List.of(TOKEN), null), new FailedAttempts());
    }

    @AfterAll
    static void stopApp() throws IOException {
        if (app != null) {
            app.close();
        }
        if (library != null) {
            library.close();
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }
}
