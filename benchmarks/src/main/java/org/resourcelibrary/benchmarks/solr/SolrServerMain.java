package org.resourcelibrary.benchmarks.solr;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Solr in its own JVM, as a server: {@code SolrServerMain HOME PORT} writes the comparison core's configuration
 * into {@code HOME} (keeping any index there), serves it at {@code http://127.0.0.1:PORT/solr} with Jetty, and
 * runs until the process is stopped (SIGTERM stops Jetty and closes the core). The benchmark starts it with the
 * same heap as our server.
 */
public final class SolrServerMain {

    /** The web context Solr is served under. */
    public static final String CONTEXT = "/solr";

    private SolrServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SolrServerMain SOLR_HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        SolrHome.write(home);
        JettySolrRunner solr = new JettySolrRunner(home.toString(), JettyConfig.builder()
                .setPort(Integer.parseInt(args[1])).setContext(CONTEXT).useOnlyHttp1(true).stopAtShutdown(true)
                .build());
        solr.start();
        System.out.println("Solr serving " + home + " at " + solr.getBaseUrl());
        new CountDownLatch(1).await();
    }
}
