package org.resourcelibrary.solr.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM of {@code library solr start}: {@code LocalCloudMain DIR NODES PORT} starts the {@link LocalCloud}
 * in {@code DIR} and prints, once it can be used, the line {@value #READY} followed by ZooKeeper's address. It
 * stops cleanly on SIGINT or SIGTERM, and when the process that started it ends (so that a killed
 * {@code library solr start} leaves no orphaned Solr behind).
 */
public final class LocalCloudMain {

    /** The start of the line that says the cluster is ready; {@code library solr start}'s callers wait for it. */
    public static final String READY = "SolrCloud ready: --zk ";
    private static final int USAGE = 2;
    private static final int FAILED = 1;

    private LocalCloudMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: LocalCloudMain DIR NODES PORT");
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
        stopped.await();
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
