package org.resourcelibrary.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code library serve} in a JVM of its own (this test JVM's class path, {@link LibraryMain}), its output in a log
 * file: a web node as an operator starts it, separate from the test's and from other nodes'.
 */
public final class ServeProcess implements AutoCloseable {

    /** How long a node may take to start serving: it opens the library and, on SolrCloud, reaches the cluster. */
    public static final Duration START_WAIT = Duration.ofMinutes(2);
    /** How long a node may take to stop once asked. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(1);
    /** The heap of a web node under test: the library is small; several run beside the tests. */
    private static final String HEAP = "-Xmx384m";
    private static final Pattern SERVING = Pattern.compile("serving the library in .* at http://localhost:(\\d+)/");

    private final Process process;
    private final Path log;

    private ServeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code library serve ARGS} with {@code environment} added to this process's own. */
    public static ServeProcess start(Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-cp", System.getProperty("java.class.path"), LibraryMain.class.getName(),
                "serve"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ServeProcess(builder.start(), log);
    }

    /** Waits for the node to say which port it serves on. */
    public int awaitPort() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = SERVING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                break;
            }
        }
        throw new AssertionError("the server did not start serving:\n" + Files.readString(log));
    }

    public Process process() {
        return process;
    }

    /** What the node has printed so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Asks the node to stop (SIGTERM) and waits for it; kills it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}
