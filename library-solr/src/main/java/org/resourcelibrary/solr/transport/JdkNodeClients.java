package org.resourcelibrary.solr.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * One {@link HttpJdkSolrClient} per Solr node URL, made on first use and kept: SolrJ's JDK client is bound to one base
 * URL, where Jetty's can be pointed at any. All share one executor, so a cluster of many nodes does not mean many
 * thread pools.
 */
final class JdkNodeClients implements Closeable {

    private final Duration timeout;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "solr-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();

    /** @param timeout how long to wait to connect to a node, and for its whole answer */
    JdkNodeClients(Duration timeout) {
        this.timeout = timeout;
    }

    /** The kept client for {@code url} (a node's base URL, or a core's URL on it). */
    HttpJdkSolrClient at(String url) {
        return clients.computeIfAbsent(url, this::fresh);
    }

    /** A new client for {@code url}, for a caller that closes it after one request; the executor stays open. */
    HttpJdkSolrClient fresh(String url) {
        return new HttpJdkSolrClient.Builder(url)
                .withExecutor(executor)
                .withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    public void close() {
        IOException failure = null;
        for (HttpJdkSolrClient client : clients.values()) {
            try {
                client.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        clients.clear();
        executor.shutdownNow();
        if (failure != null) {
            throw new UncheckedIOException("closing a connection to Solr failed", failure);
        }
    }
}
