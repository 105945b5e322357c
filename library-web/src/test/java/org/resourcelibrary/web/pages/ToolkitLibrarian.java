package org.resourcelibrary.web.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up the librarian pages' tests share: for each test, a fresh library of one toolkit
 * ({@link TestLibrary#zambiaToolkit}) served with the librarian pages open to {@link TestServer#LIBRARIAN_TOKEN},
 * closed and deleted after it. Register it with {@code @RegisterExtension}.
 */
final class ToolkitLibrarian implements BeforeEachCallback, AfterEachCallback {

    private Path dir;
    private TestLibrary library;
    private TestServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("librarian-page");
        library = TestLibrary.zambiaToolkit(data());
        server = TestServer.librarian(library);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The library's data directory. */
    Path data() {
        return dir.resolve("data");
    }

    TestLibrary library() {
        return library;
    }

    /** The server, signed out; it closes the library when it closes. */
    TestServer server() {
        return server;
    }
}
