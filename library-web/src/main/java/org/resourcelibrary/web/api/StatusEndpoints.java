package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.resourcelibrary.core.LibraryUnavailableException;
import org.resourcelibrary.web.LibraryWebApp;
import org.resourcelibrary.web.Problem;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.metrics.PrometheusText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For operators: liveness ({@code /health}), readiness ({@code /ready}) and Prometheus metrics ({@code /metrics}). */
final class StatusEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(StatusEndpoints.class);

    private final WebServices services;

    StatusEndpoints(WebServices services) {
        this.services = services;
    }

    /** Alive: the process answers HTTP. Says nothing about the library, so a slow index never gets it killed. */
    void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("status", "up"));
    }

    /** Ready: the library is open and answers a search. */
    void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        long documents;
        try {
            documents = services.library().count();
        } catch (RuntimeException e) {
            LOG.warn("not ready: the library does not answer ({})", e.toString());
            LibraryWebApp.problem(ctx, Problem.of(HttpStatus.SERVICE_UNAVAILABLE.getCode(), "Service unavailable",
                    e instanceof LibraryUnavailableException ? e.getMessage()
                            : "the library is not open or not searchable"));
            return;
        }
        ctx.json(new Readiness("ready", documents));
    }

    /** Prometheus text exposition. */
    void metrics(Context ctx) {
        PrometheusText out = new PrometheusText();
        services.metrics().write(out);
        library(out);
        jvm(out);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(PrometheusText.CONTENT_TYPE).result(out.toString());
    }

    private void library(PrometheusText out) {
        double documents;
        try {
            documents = services.library().count();
        } catch (RuntimeException e) {
            documents = Double.NaN;
        }
        out.single("library_documents", "gauge", "Documents in the library", documents);
        out.single("library_index_size_bytes", "gauge", "Bytes the search index takes on disk",
                directorySize(services.data().index()));
    }

    private static void jvm(PrometheusText out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        out.family("jvm_memory_used_bytes", "gauge", "JVM memory in use, by area");
        heapAndNonHeap(out, "jvm_memory_used_bytes", memory.getHeapMemoryUsage().getUsed(),
                memory.getNonHeapMemoryUsage().getUsed());
        out.family("jvm_memory_committed_bytes", "gauge", "JVM memory committed by the operating system, by area");
        heapAndNonHeap(out, "jvm_memory_committed_bytes", memory.getHeapMemoryUsage().getCommitted(),
                memory.getNonHeapMemoryUsage().getCommitted());
        MemoryUsage heap = memory.getHeapMemoryUsage();
        out.single("jvm_memory_max_bytes", "gauge", "Largest heap the JVM may use", heap.getMax());
        out.single("jvm_threads_live", "gauge", "Live JVM threads",
                ManagementFactory.getThreadMXBean().getThreadCount());
        out.single("process_uptime_seconds", "gauge", "Seconds since the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }

    private static void heapAndNonHeap(PrometheusText out, String name, long heap, long nonHeap) {
        out.sample(name, List.of("area", "heap"), heap);
        out.sample(name, List.of("area", "nonheap"), nonHeap);
    }

    private static long directorySize(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.mapToLong(StatusEndpoints::sizeOrZero).sum();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            // Merged away between listing and sizing: no longer part of the index.
            return 0;
        }
    }

    /** The body of {@code GET /ready}. */
    record Readiness(String status, long documents) {
    }
}
