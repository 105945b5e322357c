package org.resourcelibrary.reliability.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resourcelibrary.web.LibraryMain;
import org.resourcelibrary.web.RunningApp;

/**
 * {@code library serve} in a JVM of its own over a data directory, on a free loopback port, logging at info
 * level to its stderr (kept): the server as an operator runs it, to be killed with {@code kill -9}.
 */
public final class ServeProcess implements AutoCloseable {

    /** How long the server may take to open its library and listen. */
    public static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("serving the library in .* at http://localhost:(\\d+)/");
    private static final String HEAP = "-Xmx384m";

    private final ChildJvm jvm;
    private final int port;

    private ServeProcess(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /** Starts {@code serve --data data --port 0}, plus {@code --tokens tokens} when given; returns once it listens. */
    public static ServeProcess start(Path data, Path tokens) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("serve", "--data", data.toString(), "--port", "0"));
        if (tokens != null) {
            args.addAll(List.of("--tokens", tokens.toString()));
        }
        ChildJvm jvm = ChildJvm.start(LibraryMain.class,
                List.of(HEAP, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"), args);
        AtomicInteger port = new AtomicInteger();
        boolean listening = jvm.awaitLine(line -> {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                port.set(Integer.parseInt(matcher.group(1)));
                return true;
            }
            return false;
        }, START_DEADLINE);
        if (!listening) {
            jvm.close();
            throw new IllegalStateException("serve did not start within " + START_DEADLINE + ":\n"
                    + String.join("\n", jvm.stderr()));
        }
        return new ServeProcess(jvm, port.get());
    }

    public int port() {
        return port;
    }

    /** A client of this server. */
    public RunningApp client() {
        return RunningApp.client(port);
    }

    /** Everything the server has logged so far. */
    public List<String> log() {
        return jvm.stderr();
    }

    /** {@code kill -9}: no shutdown hook, no commit on the way out. */
    public int kill() throws IOException, InterruptedException {
        return jvm.kill();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
