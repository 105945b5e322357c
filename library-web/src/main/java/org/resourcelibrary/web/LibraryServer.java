package org.resourcelibrary.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.alerts.DigestSchedule;
import org.resourcelibrary.web.analytics.SearchAnalytics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running service: the web application over an open library. Closing it stops taking requests, lets the
 * running zip job finish (or stops it), then closes the library (which commits), so a SIGTERM (see
 * {@link #stopOnShutdown}) loses nothing that was acknowledged.
 */
public final class LibraryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryServer.class);

    private final Javalin app;
    private final Librarian librarian;
    private final Library library;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Sends alert digests while the server runs; null when alerts are off. */
    private DigestSchedule digests;
    /** Writes search analytics while the server runs; stopped (its queue written) after the last request. */
    private SearchAnalytics analytics;
    /** The librarian's warm-up, started by {@link #warmingUp()}; done at once when none was asked for. */
    private CompletableFuture<Void> warmUp = CompletableFuture.completedFuture(null);
    /** Closed last, after everything that uses them (e.g. the library database). */
    private final List<AutoCloseable> resources = new ArrayList<>();

    private LibraryServer(Javalin app, Librarian librarian, Library library) {
        this.app = app;
        this.librarian = librarian;
        this.library = library;
    }

    /** Starts the application on {@code host} and the settings' port. */
    public static LibraryServer start(WebServices services, String host) {
        Javalin app = LibraryWebApp.create(services).start(host, services.settings().port());
        return new LibraryServer(app, services.librarian(), services.library());
    }

    /** Starts the application with e-mail alerts, whose digests are sent every {@code interval} while it runs. */
    public static LibraryServer start(WebServices services, String host, Alerts alerts, Duration interval) {
        Javalin app = LibraryWebApp.create(services, alerts).start(host, services.settings().port());
        LibraryServer server = new LibraryServer(app, services.librarian(), services.library());
        server.analytics = services.analytics();
        if (alerts.on()) {
            server.digests = DigestSchedule.start(alerts, interval);
        }
        return server;
    }

    /** Closes {@code resource} when the server closes, after the application and its writers have stopped. */
    public LibraryServer closing(AutoCloseable resource) {
        resources.add(resource);
        return this;
    }

    /**
     * Warms the librarian up in the background ({@link Librarian#warmUp()}: the extraction workers and the
     * language model), so that the server answers at once and the first upload does not pay for the start. A
     * warm-up that fails only costs that upload the wait, as if there had been none.
     */
    public LibraryServer warmingUp() {
        warmUp = CompletableFuture.runAsync(() -> {
            try {
                librarian.warmUp();
                LOG.info("uploads warmed up: extraction workers started, language model loaded");
            } catch (RuntimeException e) {
                LOG.warn("warming uploads up failed; the first upload will start what it needs ({})", e.toString());
            }
        }, task -> {
            Thread thread = new Thread(task, "library-warm-up");
            thread.setDaemon(true);
            thread.start();
        });
        return this;
    }

    /** Whether the first upload would find the extraction workers started and the cataloguer built. */
    public boolean uploadsWarm() {
        return librarian.warm();
    }

    /** Completes when the warm-up ({@link #warmingUp()}) is over, whether or not it succeeded. */
    public CompletableFuture<Void> warmUp() {
        return warmUp;
    }

    public int port() {
        return app.port();
    }

    /** Closes the server when the JVM is asked to stop (SIGTERM, Ctrl-C). */
    public LibraryServer stopOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "library-shutdown"));
        return this;
    }

    /** Blocks until the server is closed. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("stopping: no new requests; closing the library");
        try {
            if (digests != null) {
                digests.close();
            }
            app.stop();
            if (analytics != null) {
                analytics.close();
            }
            librarian.close();
        } finally {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.error("closing {} failed", resource, e);
                }
            }
            try {
                library.close();
                LOG.info("stopped: the library is committed and closed");
            } catch (IOException e) {
                LOG.error("closing the library failed", e);
            } finally {
                stopped.countDown();
            }
        }
    }
}
