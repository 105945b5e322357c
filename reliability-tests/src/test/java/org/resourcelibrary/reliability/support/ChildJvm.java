package org.resourcelibrary.reliability.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A {@code main} run in a JVM of its own with the tests' classpath, to be killed as a real process is:
 * {@code kill -9}, no shutdown hook, no finally. Its stderr lines are kept (and waited for); its workers
 * (grandchildren) are followed so that none outlives it unnoticed.
 */
public final class ChildJvm implements AutoCloseable {

    /** The exit code of a process ended by SIGKILL. */
    public static final int KILLED = 128 + 9;
    /** How long a killed process, or its workers, may take to be gone. */
    public static final Duration EXIT_DEADLINE = Duration.ofSeconds(30);
    /** The line of {@code /proc/PID/status} with the mask of ignored signals. */
    private static final String IGNORED_SIGNALS = "SigIgn:";

    private final Process process;
    private final List<String> stderr = new ArrayList<>();
    private final List<ProcessHandle> workers = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readStderr, "child-" + process.pid() + "-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main.main(args)} in a new JVM; its stdout is discarded. */
    public static ChildJvm start(Class<?> main, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return new ChildJvm(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until a stderr line matches, the process ends, or the deadline passes; whether a line matched. */
    public boolean awaitLine(Predicate<String> wanted, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (stderr) {
            int seen = 0;
            while (true) {
                for (; seen < stderr.size(); seen++) {
                    if (wanted.test(stderr.get(seen))) {
                        return true;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && seen == stderr.size())) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(stderr, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
        }
    }

    /**
     * {@code kill -9}, then waits for the process to be gone.
     *
     * @return its exit code ({@link #KILLED} unless it had already ended)
     */
    public int kill() throws IOException, InterruptedException {
        signal("KILL");
        return awaitExit(EXIT_DEADLINE);
    }

    /**
     * {@code kill -s NAME} ({@code INT}, {@code TERM}…), without waiting for the process to end; its workers
     * at that moment are followed.
     */
    public void signal(String name) throws IOException, InterruptedException {
        process.descendants().forEach(workers::add);
        Process kill = new ProcessBuilder("kill", "-s", name, String.valueOf(process.pid())).inheritIO().start();
        if (!kill.waitFor(EXIT_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("kill -s " + name + " " + process.pid() + " did not return");
        }
        // A process that ended in the instant before the signal is already reaped, and kill answers "no such
        // process": the caller sees the exit code it ended with.
        if (kill.exitValue() != 0 && process.isAlive()) {
            throw new IllegalStateException("kill -s " + name + " " + process.pid() + " failed");
        }
    }

    /**
     * Whether the process ignores signal {@code number}: a background job of a non-interactive shell starts
     * with SIGINT ignored, and a JVM cannot undo that (Linux's {@code /proc/PID/status}).
     */
    public boolean ignores(int number) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(IGNORED_SIGNALS)) {
                long mask = Long.parseUnsignedLong(line.substring(IGNORED_SIGNALS.length()).strip(), 16);
                return (mask & (1L << (number - 1))) != 0;
            }
        }
        throw new IllegalStateException("no " + IGNORED_SIGNALS + " in /proc/" + process.pid() + "/status");
    }

    /** The processes it had started when last signalled that are still running now. */
    public List<ProcessHandle> workersAlive() {
        return workers.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** Waits for the process to end by itself; its exit code. */
    public int awaitExit(Duration deadline) throws InterruptedException {
        if (!awaitExitWithin(deadline)) {
            throw new IllegalStateException("process " + process.pid() + " did not end within " + deadline);
        }
        return process.exitValue();
    }

    /** Whether the process ended within {@code deadline}. */
    public boolean awaitExitWithin(Duration deadline) throws InterruptedException {
        return process.waitFor(deadline.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits for the processes it had started when killed to end too; those still running after the deadline. */
    public List<ProcessHandle> orphansAfter(Duration deadline) throws InterruptedException {
        CompletableFuture<?>[] exits = workers.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Reported below: the workers still alive.
        }
        return workers.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** The stderr lines so far. */
    public List<String> stderr() {
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }

    private void readStderr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (stderr) {
                    stderr.add(line);
                    stderr.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed: its pipe is gone.
        } finally {
            synchronized (stderr) {
                stderr.notifyAll();
            }
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        workers.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
