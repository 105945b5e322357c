package org.resourcelibrary.reliability.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A shell script run in a mount namespace of its own ({@code unshare --mount --map-root-user}): there it may
 * mount a small tmpfs over a folder, or remount a folder read-only, which even root cannot then write to,
 * without touching the machine's mounts and without privileges beyond unprivileged user namespaces.
 */
public final class MountNamespace {

    private static final Duration PROBE_DEADLINE = Duration.ofSeconds(10);
    private static Boolean available;

    private MountNamespace() {
    }

    /** What a script did: its exit code and what it printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Whether this machine lets a test make a mount namespace and mount in it. */
    public static synchronized boolean available() {
        if (available == null) {
            try {
                available = run("mount -t tmpfs -o size=64k tmpfs /mnt", Map.of(), PROBE_DEADLINE).exitCode() == 0;
            } catch (IOException | RuntimeException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** Runs {@code script} with bash in a new mount namespace, with these variables set. */
    public static Result run(String script, Map<String, String> variables, Duration deadline)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("namespace-", ".out");
        Path err = Files.createTempFile("namespace-", ".err");
        try {
            Process process = start(script, variables, out, err);
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("the script did not end within " + deadline + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Starts {@code script} with bash in a new mount namespace, with these variables set, its output to these
     * files; the caller waits for it or ends it (with its descendants).
     */
    public static Process start(String script, Map<String, String> variables, Path out, Path err) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("unshare", "--mount", "--map-root-user", "bash", "-c", script)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(variables);
        return builder.start();
    }

    /**
     * Variables for a script that runs {@code main} in a new JVM with the tests' classpath: the script calls it as
     * {@code library ARGS...} once it has defined it with {@link #LIBRARY_FUNCTION}.
     */
    public static Map<String, String> library(Class<?> main) {
        return Map.of("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "CLASSPATH", System.getProperty("java.class.path"), "MAIN", main.getName());
    }

    /** Defines {@code library ARGS...} in a script given the variables of {@link #library(Class)}. */
    public static final String LIBRARY_FUNCTION = "library() { \"$JAVA\" -cp \"$CLASSPATH\" \"$MAIN\" \"$@\"; }\n";
}
