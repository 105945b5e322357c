package org.resourcelibrary.indexer.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.resourcelibrary.indexer.ingest.IngestItem;
import org.resourcelibrary.indexer.ingest.IngestListener;
import org.resourcelibrary.indexer.ingest.ItemStatus;

/**
 * Ingest progress on stderr: on a terminal, a bar redrawn in place (files done / total, files per second,
 * time left); otherwise a plain line every {@value #LINE_EVERY_FILES} files or {@value #LINE_EVERY_SECONDS}
 * seconds, for logs.
 */
final class ProgressDisplay implements IngestListener {

    static final int LINE_EVERY_FILES = 25;
    static final int LINE_EVERY_SECONDS = 10;
    /** The bar is redrawn at most this often. */
    static final long REDRAW_EVERY_MS = 200;
    static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long start;
    private long lastShown;
    private int lastShownDone;

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void planned(int files) {
        total = files;
        start = System.nanoTime();
        show(0, true);
    }

    @Override
    public void done(IngestItem item) {
        if (item.status() != ItemStatus.REMOVED) {
            show(done.incrementAndGet(), false);
        }
    }

    /** A line of its own between progress lines; on a terminal, the bar goes on below it. */
    synchronized void note(String line) {
        err.println(terminal ? "\n" + line : line);
        err.flush();
    }

    /** Ends the display (the bar's line is finished). */
    void finish() {
        show(done.get(), true);
        if (terminal) {
            synchronized (this) {
                err.println();
                err.flush();
            }
        }
    }

    private synchronized void show(int files, boolean always) {
        long now = System.nanoTime();
        long sinceShown = Duration.ofNanos(now - lastShown).toMillis();
        boolean due = terminal ? sinceShown >= REDRAW_EVERY_MS
                : files - lastShownDone >= LINE_EVERY_FILES || sinceShown >= LINE_EVERY_SECONDS * 1000L;
        if (!always && !due) {
            return;
        }
        lastShown = now;
        lastShownDone = files;
        String line = line(files, Duration.ofNanos(now - start));
        if (terminal) {
            err.print("\r" + bar(files) + " " + line + "   ");
        } else {
            err.println("ingest: " + line);
        }
        err.flush();
    }

    private String line(int files, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        double rate = files / seconds;
        String eta = files == 0 || files >= total ? "" : ", " + clock(Duration.ofSeconds(
                Math.round((total - files) / rate))) + " left";
        return String.format(Locale.ROOT, "%d/%d files, %.1f files/s%s", files, total, rate, eta);
    }

    private String bar(int files) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * files / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
