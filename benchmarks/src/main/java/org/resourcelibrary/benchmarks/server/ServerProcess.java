package org.resourcelibrary.benchmarks.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server in its own JVM, on loopback: started with a heap setting, awaited until a readiness URL answers 200
 * (the time that takes is recorded from the moment the process is started), measured (resident memory), and
 * stopped with SIGTERM. Its output goes to a log file.
 */
public final class ServerProcess implements AutoCloseable {

    /** Longest wait for a server to become ready. */
    public static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** How often readiness is polled. */
    static final Duration POLL = Duration.ofMillis(20);
    /** How long a stopping server may take before it is killed. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final String base;
    private final Duration startUp;

    private ServerProcess(Process process, String base, Duration startUp) {
        this.process = process;
        this.base = base;
        this.startUp = startUp;
    }

    /** The JVM that runs Java: the one running this benchmark. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code command} (output to {@code log}) and waits until {@code base + readyPath} answers 200.
     *
     * @throws IOException when the process exits or is not ready within {@link #READY_TIMEOUT}
     */
    public static ServerProcess start(List<String> command, Path log, String base, String readyPath)
            throws IOException, InterruptedException {
        return start(command, Map.of(), log, base, readyPath);
    }

    /** As {@link #start(List, Path, String, String)}, with these environment variables added. */
    public static ServerProcess start(List<String> command, Map<String, String> environment, Path log, String base,
                                      String readyPath) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + " before it was ready; see "
                        + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + readyPath))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return new ServerProcess(process, base, Duration.ofNanos(System.nanoTime() - started));
                }
            } catch (IOException notYet) {
                // Not listening yet: poll again.
            }
            Thread.sleep(POLL.toMillis());
        }
        process.destroyForcibly();
        throw new IOException("the server was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** A free TCP port on loopback. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code java -XmxHEAP} and the given arguments. */
    public static List<String> javaCommand(String heap, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap));
        command.addAll(arguments);
        return command;
    }

    public String base() {
        return base;
    }

    /** From starting the process to the readiness URL's first 200. */
    public Duration startUp() {
        return startUp;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Fails when the server is no longer running (it crashed, or something else stopped it): its figures would
     * be connection errors, not answers.
     */
    public void requireRunning() throws IOException {
        if (!process.isAlive()) {
            throw new IOException("the server (pid " + process.pid() + ", " + base + ") exited with "
                    + process.exitValue() + " during the benchmark; see its log");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
