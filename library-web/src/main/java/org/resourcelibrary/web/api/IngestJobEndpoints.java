package org.resourcelibrary.web.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.resourcelibrary.indexer.ingest.IngestItem;
import org.resourcelibrary.indexer.ingest.IngestJob;
import org.resourcelibrary.indexer.ingest.IngestReport;
import org.resourcelibrary.indexer.ingest.ItemStatus;
import org.resourcelibrary.indexer.ingest.Librarian;
import org.resourcelibrary.indexer.ingest.ReportArchive;

/**
 * Bulk ingest for librarians: {@code POST /api/ingest-jobs} takes a zip and ingests it in the background,
 * {@code GET /api/ingest-jobs/{jobId}} follows it to its report (the same as {@code library ingest} writes), and
 * {@code GET /api/ingest-reports} lists the latest reports of every ingest, command line or web, with their
 * failed files.
 */
final class IngestJobEndpoints {

    static final int DEFAULT_REPORTS = 10;
    static final int MAX_REPORTS = 100;
    private static final String LIMIT = "limit";
    /** How every zip starts: a local file header, or the end record of an empty zip. */
    private static final List<byte[]> ZIP_MAGIC = List.of(new byte[] {'P', 'K', 3, 4}, new byte[] {'P', 'K', 5, 6});

    private final Librarian librarian;
    private final UploadedFiles uploads;

    IngestJobEndpoints(Librarian librarian, UploadedFiles uploads) {
        this.librarian = librarian;
        this.uploads = uploads;
    }

    /** {@code POST /api/ingest-jobs}. */
    void submit(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        UploadedFiles.Received received = uploads.receive(ctx, List.of());
        IngestJob job;
        try {
            if (!isZip(received.file())) {
                throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "'"
                        + received.fileName() + "' is not a zip file; upload single documents to POST /api/documents");
            }
            job = librarian.submit(received.file(), received.fileName());
        } catch (IOException | RuntimeException e) {
            received.close();
            throw e;
        }
        ctx.status(HttpStatus.ACCEPTED);
        ctx.header(Header.LOCATION, "/api/ingest-jobs/" + job.id());
        ctx.json(job.status());
    }

    /** {@code GET /api/ingest-jobs}: newest first. */
    void jobs(Context ctx) {
        QueryParameters.of(ctx, Set.of());
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.json(new Jobs(librarian.jobs()));
    }

    /** {@code GET /api/ingest-jobs/{jobId}}. */
    void job(Context ctx) {
        QueryParameters.of(ctx, Set.of());
        String id = ctx.pathParam("jobId");
        IngestJob.Status job = librarian.job(id).orElseThrow(() -> new NotFoundResponse("no ingest job with id '"
                + QueryParameters.shorten(id) + "'"));
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.json(job);
    }

    /** {@code GET /api/ingest-reports}. */
    void reports(Context ctx) throws IOException {
        int limit = QueryParameters.of(ctx, Set.of(LIMIT)).bounded(LIMIT, DEFAULT_REPORTS, 1, MAX_REPORTS);
        ReportArchive archive = librarian.reports();
        List<ReportSummary> summaries = new ArrayList<>();
        for (String name : archive.names()) {
            if (summaries.size() == limit) {
                break;
            }
            archive.read(name).ifPresent(report -> summaries.add(ReportSummary.of(name, report)));
        }
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.json(new Reports(summaries));
    }

    /** {@code GET /api/ingest-reports/{name}}. */
    void report(Context ctx) throws IOException {
        QueryParameters.of(ctx, Set.of());
        String name = ctx.pathParam("name");
        IngestReport report = librarian.reports().read(name).orElseThrow(() -> new NotFoundResponse(
                "no ingest report named '" + QueryParameters.shorten(name) + "'"));
        ctx.json(report);
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        return ZIP_MAGIC.stream().anyMatch(magic -> Arrays.equals(magic, head));
    }

    /** The body of {@code GET /api/ingest-jobs}. */
    record Jobs(List<IngestJob.Status> jobs) {
    }

    /** The body of {@code GET /api/ingest-reports}. */
    record Reports(List<ReportSummary> reports) {
    }

    /** One past ingest: its counts and the files that failed. */
    record ReportSummary(String name, Instant started, long elapsedMs, int files, int indexed, int updated,
                         int unchanged, int duplicates, int removed, int failed, int skipped,
                         List<IngestItem> failures) {

        static ReportSummary of(String name, IngestReport r) {
            List<IngestItem> failures = r.items().stream().filter(item -> item.status() == ItemStatus.FAILED)
                    .toList();
            return new ReportSummary(name, r.started(), r.elapsedMs(), r.files(), r.indexed(), r.updated(),
                    r.unchanged(), r.duplicates(), r.removed(), r.failed(), r.skipped(), failures);
        }
    }
}
