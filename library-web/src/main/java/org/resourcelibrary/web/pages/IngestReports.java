package org.resourcelibrary.web.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resourcelibrary.indexer.ingest.IngestItem;
import org.resourcelibrary.indexer.ingest.IngestReport;
import org.resourcelibrary.indexer.ingest.ItemStatus;
import org.resourcelibrary.indexer.ingest.ReportArchive;
import org.resourcelibrary.web.i18n.Messages;
import org.resourcelibrary.web.pages.LibrarianView.FailedFile;
import org.resourcelibrary.web.pages.LibrarianView.ReportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The latest ingest reports of the data directory, summed up for the librarian page with their failed files. */
final class IngestReports {

    private static final Logger LOG = LoggerFactory.getLogger(IngestReports.class);

    /** Reports listed, newest first. */
    static final int SHOWN = 5;
    /** Failed files listed per report; a report with more says how many more. */
    static final int FAILED_SHOWN = 100;

    private final ReportArchive archive;

    IngestReports(ReportArchive archive) {
        this.archive = archive;
    }

    List<ReportSummary> latest(Messages ui) throws IOException {
        List<ReportSummary> summaries = new ArrayList<>();
        for (String name : archive.names().stream().limit(SHOWN).toList()) {
            summaries.add(summary(ui, name));
        }
        return summaries;
    }

    private ReportSummary summary(Messages ui, String name) {
        Optional<IngestReport> read;
        try {
            read = archive.read(name);
        } catch (IOException e) {
            // One damaged report must not hide the others.
            LOG.warn("cannot read ingest report {}", name, e);
            read = Optional.empty();
        }
        if (read.isEmpty()) {
            return new ReportSummary(name, ui.text("librarian.reports.unreadable"), 0, List.of());
        }
        IngestReport report = read.get();
        List<FailedFile> failed = new ArrayList<>();
        int notShown = 0;
        for (IngestItem item : report.items()) {
            if (item.status() == ItemStatus.FAILED || item.status() == ItemStatus.SKIPPED) {
                if (failed.size() < FAILED_SHOWN) {
                    failed.add(new FailedFile(item.path(), item.status().code() + ": " + item.reason()
                            + (item.detail() == null ? "" : " (" + item.detail() + ")")));
                } else {
                    notShown++;
                }
            }
        }
        if (notShown > 0) {
            failed.add(new FailedFile("…", ui.text("librarian.reports.more", notShown, name)));
        }
        return new ReportSummary(name, counts(ui, report), report.elapsedMs(), failed);
    }

    /** The report's counts; its status codes are the report file's own words, the same in every language. */
    private static String counts(Messages ui, IngestReport report) {
        List<String> counts = new ArrayList<>();
        counts.add(ui.text("librarian.reports.files", report.files()));
        for (ItemStatus status : ItemStatus.values()) {
            int count = report.count(status);
            if (count > 0) {
                counts.add(count + " " + status.code());
            }
        }
        if (!report.problems().isEmpty()) {
            counts.add(ui.text("librarian.reports.problems", report.problems().size()));
        }
        if (report.dryRun()) {
            counts.add(ui.text("librarian.reports.dryRun"));
        }
        if (report.interrupted()) {
            counts.add(ui.text("librarian.reports.interrupted"));
        }
        return String.join(" · ", counts);
    }
}
