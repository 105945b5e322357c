package org.resourcelibrary.indexer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.resourcelibrary.indexer.ingest.IngestItem;
import org.resourcelibrary.indexer.ingest.IngestReport;
import org.resourcelibrary.indexer.ingest.ItemStatus;

/** The end of an ingest on the terminal: files by status, then the files that failed, with why. */
final class SummaryTable {

    /** Failed files listed by name; the report has them all. */
    static final int MAX_FAILURES_LISTED = 20;
    /** Files with garbled text listed by name; the report has them all. */
    static final int MAX_GARBLED_LISTED = 20;
    /** A failure's explanation is cut to this length in the table. */
    static final int MAX_DETAIL_CHARS = 120;

    private SummaryTable() {
    }

    static void print(IngestReport report, PrintWriter out) {
        if (report.dryRun()) {
            out.println("Dry run: nothing was changed. A run would do this:");
        }
        for (ItemStatus status : ItemStatus.values()) {
            out.printf(Locale.ROOT, "  %-10s %7d%n", status.code(), report.count(status));
        }
        out.println("  " + "-".repeat(18));
        out.printf(Locale.ROOT, "  %-10s %7d   (%d extracted, %.1f s)%n", "files", report.files(), report.extracted(),
                report.elapsedMs() / 1000.0);
        List<IngestItem> failed = report.items().stream().filter(item -> item.status() == ItemStatus.FAILED).toList();
        if (!failed.isEmpty()) {
            out.println("Failed:");
            failed.stream().limit(MAX_FAILURES_LISTED).forEach(item -> out.println("  " + item.path() + ": "
                    + item.reason() + (item.detail() == null ? "" : " (" + abbreviate(item.detail()) + ")")));
            if (failed.size() > MAX_FAILURES_LISTED) {
                out.println("  … and " + (failed.size() - MAX_FAILURES_LISTED) + " more (see the report)");
            }
        }
        printGarbled(report, out);
        if (!report.problems().isEmpty()) {
            out.println("The manifest has " + report.problems().size() + " problem(s); see above or the report.");
        }
        out.flush();
    }

    /** Files whose text came out garbled: their words will not be found, so the librarian should look. */
    private static void printGarbled(IngestReport report, PrintWriter out) {
        if (report.garbled() == 0) {
            return;
        }
        List<IngestItem> garbled = report.items().stream()
                .filter(item -> item.garbled() != null && item.garbled() > 0).toList();
        out.println("Garbled text (" + report.garbled() + " characters decoded wrongly, in " + garbled.size()
                + " file(s)):");
        garbled.stream().limit(MAX_GARBLED_LISTED).forEach(item -> out.println("  " + item.path() + ": "
                + item.garbled() + " characters"));
        if (garbled.size() > MAX_GARBLED_LISTED) {
            out.println("  … and " + (garbled.size() - MAX_GARBLED_LISTED) + " more (see the report)");
        }
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
