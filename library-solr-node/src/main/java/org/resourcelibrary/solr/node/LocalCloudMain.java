package org.resourcelibrary.solr.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM of {@code library solr start}: {@code LocalCloudMain DIR NODES PORT [--control]} starts the
 * {@link LocalCloud} in {@code DIR} and prints, once it can be used, the line {@value #READY} followed by ZooKeeper's
 * address. It stops cleanly on SIGINT or SIGTERM, and when the process that started it ends (so that a killed
 * {@code library solr start} leaves no orphaned Solr behind).
 *
 * <p>With {@code --control} it then takes one command a line on its standard input, so that a test can take one
 * node away while the others serve: {@code stop-node N} and {@code start-node N} (N from 1), each answered by one
 * line, {@code node N stopped} or {@code node N started} (the latter once every replica is active again), or
 * {@value #FAILED_ANSWER} and the reason; and ZooKeeper alone while the nodes keep running: {@code stop-zk} and
 * {@code start-zk}, answered {@code zookeeper stopped} and {@code zookeeper started} (once every node is live in it
 * and every replica active again). Only on request: a cluster started in the background of a terminal must
 * not read from it.
 */
public final class LocalCloudMain {

    /** The start of the line that says the cluster is ready; {@code library solr start}'s callers wait for it. */
    public static final String READY = "SolrCloud ready: --zk ";
    /** The option that makes it take commands on its standard input. */
    public static final String CONTROL = "--control";
    public static final String STOP_NODE = "stop-node";
    public static final String START_NODE = "start-node";
    public static final String STOP_ZOOKEEPER = "stop-zk";
    public static final String START_ZOOKEEPER = "start-zk";
    /** The start of the answer to a command that could not be done. */
    public static final String FAILED_ANSWER = "failed: ";
    private static final int USAGE = 2;
    private static final int FAILED = 1;

    private LocalCloudMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean control = args.length == 4 && CONTROL.equals(args[3]);
        if (args.length != 3 && !control) {
            System.err.println("usage: LocalCloudMain DIR NODES PORT [" + CONTROL + "]");
            System.exit(USAGE);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        // Solr's own log directory (it complains without one); this JVM's log is its stderr.
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        LocalCloud cloud;
        try {
            Files.createDirectories(dir);
            ClusterLayout layout = ClusterLayout.of(dir, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            cloud = LocalCloud.start(dir, layout);
            layout.write(dir);
        } catch (IllegalArgumentException e) {
            System.err.println("solr start: " + e.getMessage());
            System.exit(USAGE);
            return;
        } catch (Exception e) {
            System.err.println("solr start: the local SolrCloud in " + dir + " did not start: " + e);
            System.exit(FAILED);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(cloud, dir, stopped), "solr-stop"));
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        for (String url : cloud.nodeUrls()) {
            System.out.println("Solr node " + url);
        }
        System.out.println("Data in " + dir + " (kept when stopped). Development only: one ZooKeeper, no security.");
        System.out.println(READY + cloud.zkAddress());
        System.out.flush();
        if (control) {
            takeCommands(cloud);
        }
        stopped.await();
    }

    /** Answers each command of the standard input until it ends. */
    private static void takeCommands(LocalCloud cloud) {
        try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                System.out.println(answer(cloud, line.strip()));
                System.out.flush();
            }
        } catch (IOException e) {
            System.err.println("solr start: reading commands failed: " + e);
        }
    }

    private static String answer(LocalCloud cloud, String command) {
        String[] words = command.split("\\s+");
        try {
            if (words.length == 2 && words[0].equals(STOP_NODE)) {
                cloud.stopNode(Integer.parseInt(words[1]));
                return "node " + words[1] + " stopped";
            }
            if (words.length == 2 && words[0].equals(START_NODE)) {
                cloud.startNode(Integer.parseInt(words[1]));
                return "node " + words[1] + " started";
            }
            if (command.equals(STOP_ZOOKEEPER)) {
                cloud.stopZooKeeper();
                return "zookeeper stopped";
            }
            if (command.equals(START_ZOOKEEPER)) {
                cloud.startZooKeeper();
                return "zookeeper started";
            }
            return FAILED_ANSWER + "unknown command '" + command + "': " + STOP_NODE + " N, " + START_NODE + " N, "
                    + STOP_ZOOKEEPER + " or " + START_ZOOKEEPER;
        } catch (Exception e) {
            return FAILED_ANSWER + e;
        }
    }

    private static void stop(LocalCloud cloud, Path dir, CountDownLatch stopped) {
        try {
            cloud.close();
            System.out.println("SolrCloud stopped; its data stays in " + dir);
        } catch (Exception e) {
            System.err.println("solr start: stopping the local SolrCloud failed: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
