package org.resourcelibrary.reliability.crash;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentInfos;

/**
 * Sees the commits of an index as they happen, from outside the process that writes it: a commit is a new
 * {@code segments_N} file, whose generation N counts the commits.
 */
final class CommitWatch implements AutoCloseable {

    /** How often a wait looks up from the file events to check whether the writer is still running. */
    private static final long LOOK_UP_MS = 100;

    private final WatchService watcher;
    private final long startGeneration;
    private long generation;

    CommitWatch(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        this.watcher = indexDir.getFileSystem().newWatchService();
        indexDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        this.startGeneration = generation(indexDir);
        this.generation = startGeneration;
    }

    /** The generation of an index's last commit: how many commits it has had (0 for none). */
    static long generation(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return 0;
        }
        try (var listing = Files.list(indexDir)) {
            return Math.max(0, SegmentInfos.getLastCommitGeneration(
                    listing.map(file -> file.getFileName().toString()).toArray(String[]::new)));
        }
    }

    /** Commits seen since this watch began. */
    long commits() {
        return generation - startGeneration;
    }

    /**
     * Waits until {@code commits} commits have been seen since this watch began.
     *
     * @param running whether the writer is still running (no use waiting for a process that ended)
     * @return whether they were seen before the deadline or the writer's end
     */
    boolean awaitCommits(long commits, Duration deadline, BooleanSupplier running) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        try {
            while (commits() < commits) {
                if (System.nanoTime() > end || !running.getAsBoolean()) {
                    return false;
                }
                WatchKey key = watcher.poll(LOOK_UP_MS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        seen(event.context());
                    }
                    key.reset();
                }
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private void seen(Object file) {
        String name = String.valueOf(file);
        if (name.startsWith(IndexFileNames.SEGMENTS + "_")) {
            generation = Math.max(generation, SegmentInfos.generationFromSegmentsFileName(name));
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
