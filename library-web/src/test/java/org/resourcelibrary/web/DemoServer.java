package org.resourcelibrary.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The real application as {@code serve --demo} starts it: the sample library ingested by the real pipeline
 * into a fresh data directory under {@code target/}, the librarian tools open to {@link #TOKEN}. Started once
 * per test JVM and shared, since the ingest takes as long as extracting 73 files (two of them by OCR); it stops
 * when the JVM does. A test that adds a document removes it again.
 */
public final class DemoServer {

    public static final String TOKEN = "demo-server-librarian-token-0123456789";
    private static DemoServer instance;

    private final LibraryServer server;
    private final Path data;

    private DemoServer(LibraryServer server, Path data) {
        this.server = server;
        this.data = data;
    }

    public static synchronized DemoServer get() throws Exception {
        if (instance == null) {
            Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "demo-library-");
            ServeCommand command = new ServeCommand(Map.of(ServeCommand.TOKENS_VARIABLE, TOKEN));
            new CommandLine(command).parseArgs("--demo", "--port", "0", "--data", data.toString());
            instance = new DemoServer(command.start().stopOnShutdown(), data);
        }
        return instance;
    }

    public int port() {
        return server.port();
    }

    /** The data directory served. */
    public Path data() {
        return data;
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + pathAndQuery;
    }
}
