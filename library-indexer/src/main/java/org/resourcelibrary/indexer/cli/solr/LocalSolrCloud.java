package org.resourcelibrary.indexer.cli.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.resourcelibrary.indexer.cli.UsageException;

/**
 * A local SolrCloud in a child JVM: module {@code library-solr-node}'s {@code LocalCloudMain} on the classpath that
 * module lays out in {@code library-solr-node/target} (solr-core and its dependencies, Jetty 10 among them, which
 * must stay out of this JVM). {@code library solr start} runs it in the foreground; tests and tools
 * {@link #start start} it, get its ZooKeeper address once it is ready, take one node away and bring it back
 * ({@link #stopNode}, {@link #startNode}) and {@link #close stop} it.
 */
public final class LocalSolrCloud implements AutoCloseable {

    /** The repository's directory, set by the {@code library} launcher; without it, the working directory's. */
    public static final String HOME_PROPERTY = "library.home";
    /** The child JVM's options ({@value #DEFAULT_JAVA_OPTS} when unset). */
    public static final String JAVA_OPTS_ENV = "LIBRARY_SOLR_JAVA_OPTS";
    public static final String DEFAULT_JAVA_OPTS = "-Xmx1g";
    /** How long the cluster may take to be ready (nodes live, replicas active again after a restart). */
    public static final int READY_TIMEOUT_SECONDS = 300;
    /** How long the nodes may take to close their cores and leave ZooKeeper once asked to stop. */
    public static final int STOP_TIMEOUT_SECONDS = 120;
    static final String MODULE = "library-solr-node";
    static final String MAIN = "org.resourcelibrary.solr.node.LocalCloudMain";
    /** The start of the line LocalCloudMain prints once the cluster is ready, followed by ZooKeeper's address. */
    static final String READY = "SolrCloud ready: --zk ";
    /** The option that makes the child take node commands on its standard input, and the commands' words. */
    static final String CONTROL = "--control";
    static final String STOP_NODE = "stop-node";
    static final String START_NODE = "start-node";
    static final String STOP_ZOOKEEPER = "stop-zk";
    static final String START_ZOOKEEPER = "start-zk";
    /**
     * The starts of the child's answers to a command it did ({@code node N stopped}, {@code zookeeper started}), and
     * to one it could not do.
     */
    static final List<String> DONE_ANSWERS = List.of("node ", "zookeeper ");
    static final String FAILED_ANSWER = "failed: ";
    /** The start of the lines, before it, that give each node's base URL. */
    static final String NODE = "Solr node ";
    /** The child's warnings, in the cluster's directory, when it runs for a caller rather than on a terminal. */
    static final String CONSOLE_LOG = "console.log";
    /** How much of that log a failure to start quotes. */
    private static final int TAIL_LINES = 20;

    /**
     * What to start.
     *
     * @param dir   where the nodes and ZooKeeper keep their data
     * @param nodes how many Solr nodes
     * @param port  the first node's port (the others follow, ZooKeeper at +1000), or 0 for free ports
     */
    public record Settings(Path dir, int nodes, int port) {
        /** The highest first port: ZooKeeper listens 1000 above it. */
        static final int MAX_PORT = 65535 - 1000;

        public Settings {
            dir = dir.toAbsolutePath().normalize();
            if (nodes < 1) {
                throw new UsageException("--nodes must be at least 1, not " + nodes);
            }
            if (port < 0 || port > MAX_PORT) {
                throw new UsageException("--port must be between 0 and " + MAX_PORT + ", not " + port);
            }
        }
    }

    private final Process process;
    private final Path dir;
    private final String zkAddress;
    private final List<String> nodeUrls;
    private final BlockingQueue<String> answers;

    private LocalSolrCloud(Process process, Path dir, String zkAddress, List<String> nodeUrls,
                           BlockingQueue<String> answers) {
        this.process = process;
        this.dir = dir;
        this.zkAddress = zkAddress;
        this.nodeUrls = List.copyOf(nodeUrls);
        this.answers = answers;
    }

    /**
     * Starts a cluster and returns once it is ready; its warnings go to {@code DIR/console.log}.
     *
     * @throws IOException when it did not start (the reason and the log's end in the message)
     */
    public static LocalSolrCloud start(Settings settings) throws IOException {
        Files.createDirectories(settings.dir());
        Path log = settings.dir().resolve(CONSOLE_LOG);
        Process process = new ProcessBuilder(command(settings, true))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        List<String> nodeUrls = new CopyOnWriteArrayList<>();
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readOutput(process, nodeUrls, ready, answers), "solr-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String address = ready.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new LocalSolrCloud(process, settings.dir(), address, nodeUrls, answers);
        } catch (ExecutionException | TimeoutException e) {
            stop(process);
            throw new IOException("the local SolrCloud in " + settings.dir() + " did not start"
                    + (e instanceof TimeoutException ? " within " + READY_TIMEOUT_SECONDS + " s" : "")
                    + "; its log ends: " + tail(log), e);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the local SolrCloud started", e);
        }
    }

    /** ZooKeeper's address, as {@code --zk} takes it ({@code 127.0.0.1:PORT/solr}). */
    public String zkAddress() {
        return zkAddress;
    }

    /** Each node's base URL ({@code http://127.0.0.1:PORT/solr}), as {@code --solr} takes them. */
    public List<String> nodeUrls() {
        return nodeUrls;
    }

    /** Where the cluster keeps its data. */
    public Path dir() {
        return dir;
    }

    /**
     * Stops one node (1 for the first, in the order of {@link #nodeUrls()}) as a machine leaving the cluster would;
     * ZooKeeper and the other nodes keep running. Returns once it is stopped.
     *
     * @throws IOException when the cluster could not stop it (the reason in the message)
     */
    public void stopNode(int node) throws IOException {
        command(STOP_NODE + " " + node, STOP_TIMEOUT_SECONDS);
    }

    /**
     * Starts a node stopped by {@link #stopNode} again, on its port and data, and returns once it is live and every
     * replica of every collection is active again (its replicas have caught up with their leaders).
     *
     * @throws IOException when it did not come back (the reason in the message)
     */
    public void startNode(int node) throws IOException {
        command(START_NODE + " " + node, READY_TIMEOUT_SECONDS);
    }

    /**
     * Stops ZooKeeper while the nodes keep running (they and every client lose it, as when its machine drops off the
     * network); returns once it is stopped.
     *
     * @throws IOException when the cluster could not stop it
     */
    public void stopZooKeeper() throws IOException {
        command(STOP_ZOOKEEPER, STOP_TIMEOUT_SECONDS);
    }

    /**
     * Starts ZooKeeper again on its port and data after {@link #stopZooKeeper}, and returns once every node is live in
     * it again and every replica active.
     *
     * @throws IOException when it did not come back
     */
    public void startZooKeeper() throws IOException {
        command(START_ZOOKEEPER, READY_TIMEOUT_SECONDS);
    }

    /** Sends the child one command and waits for its answer: one at a time, so each answer is the last command's. */
    private synchronized void command(String command, int timeoutSeconds) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        String answer;
        try {
            answer = answers.poll(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the local SolrCloud did '" + command + "'", e);
        }
        if (answer == null) {
            throw new IOException("the local SolrCloud did not do '" + command + "' within " + timeoutSeconds
                    + " s; its log ends: " + tail(dir.resolve(CONSOLE_LOG)));
        }
        if (answer.startsWith(FAILED_ANSWER)) {
            throw new IOException("the local SolrCloud could not do '" + command + "': "
                    + answer.substring(FAILED_ANSWER.length()));
        }
    }

    /** Stops the cluster and waits for it: its data stays in {@link #dir()}. */
    @Override
    public void close() {
        stop(process);
    }

    /**
     * The child JVM's command line.
     *
     * @param control whether it takes node commands on its standard input (never when it shares a terminal)
     */
    static List<String> command(Settings settings, boolean control) {
        Path module = repository().resolve(MODULE).resolve("target");
        Path classes = module.resolve("classes");
        Path lib = module.resolve("solr-node").resolve("lib");
        if (!Files.isDirectory(lib) || !Files.isDirectory(classes)) {
            throw new UsageException("Solr's jars are not built (" + lib + " is missing): run `mvn -B -q package "
                    + "-DskipTests` in " + repository());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getenv(JAVA_OPTS_ENV);
        command.addAll(Arrays.asList((options == null || options.isBlank() ? DEFAULT_JAVA_OPTS : options)
                .strip().split("\\s+")));
        command.addAll(List.of("-cp", classes + java.io.File.pathSeparator + lib.resolve("*"), MAIN,
                settings.dir().toString(), Integer.toString(settings.nodes()), Integer.toString(settings.port())));
        if (control) {
            command.add(CONTROL);
        }
        return command;
    }

    /** Asks the cluster to stop (SIGTERM) and waits for it, then ends it if it would not stop. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The directory holding module {@value #MODULE}: the launcher's, or the first above the working directory. */
    static Path repository() {
        String home = System.getProperty(HOME_PROPERTY);
        Path start = (home == null ? Path.of("") : Path.of(home)).toAbsolutePath();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve(MODULE))) {
                return candidate;
            }
        }
        throw new UsageException("cannot find the library's repository (the directory with " + MODULE + ") from "
                + start + ": run this through the `library` launcher, or set -D" + HOME_PROPERTY);
    }

    /**
     * Collects the nodes' URLs and completes {@code ready} with the address of the ready line, then passes on the
     * answers to commands and keeps draining the output so that the child never blocks on it.
     */
    private static void readOutput(Process process, List<String> nodeUrls, CompletableFuture<String> ready,
                                   BlockingQueue<String> answers) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(NODE) && !ready.isDone()) {
                    nodeUrls.add(line.substring(NODE.length()).strip());
                } else if (line.startsWith(READY)) {
                    ready.complete(line.substring(READY.length()).strip());
                } else if (ready.isDone() && isAnswer(line)) {
                    answers.add(line);
                }
            }
            ready.completeExceptionally(new IOException("it ended with exit code " + process.waitFor()));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        } catch (InterruptedException e) {
            ready.completeExceptionally(e);
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isAnswer(String line) {
        return line.startsWith(FAILED_ANSWER) || DONE_ANSWERS.stream().anyMatch(line::startsWith);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(" + log + " unreadable: " + e.getMessage() + ")";
        }
    }
}
