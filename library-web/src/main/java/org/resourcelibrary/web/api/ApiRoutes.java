package org.resourcelibrary.web.api;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.List;
import org.resourcelibrary.web.LibrarianTools;
import org.resourcelibrary.web.WebServices;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.insights.Insights;

/** Registers the JSON API's routes: read endpoints (with CORS), librarian endpoints (with auth), status, docs. */
public final class ApiRoutes {

    /** The read endpoints other sites' pages may call (CORS). */
    static final List<String> READ_PATHS = List.of("/api/search", "/api/documents/{id}", "/api/documents/{id}/file",
            "/api/documents/{id}/similar", "/api/suggest", "/api/facets/{dimension}", "/api/openapi.json",
            "/api/documents/{id}/citation", "/api/search/citations", "/api/documents/{id}/pages");

    private ApiRoutes() {
    }

    /** The e-mail alert endpoints ({@code POST /api/alerts} and the links its e-mails carry). */
    public static void registerAlerts(RoutesConfig routes, WebServices services, Alerts alerts) {
        AlertEndpoints endpoints = new AlertEndpoints(alerts, services.vocabulary(), services.publicAddress());
        routes.post("/api/alerts", endpoints::subscribe);
        routes.get("/api/alerts/confirm", endpoints::confirm);
        routes.post("/api/alerts/unsubscribe", endpoints::unsubscribe);
        routes.post("/api/alerts/forget", endpoints::forget);
    }

    public static void register(RoutesConfig routes, WebServices services, LibrarianTools tools) {
        Cors cors = new Cors(services.settings());
        for (String path : READ_PATHS) {
            routes.before(path, cors::allow);
            routes.options(path, cors::preflight);
        }
        ReadEndpoints read = new ReadEndpoints(services);
        routes.get("/api/search", read::search);
        routes.get("/api/documents/{id}", read::document);
        FileDownload file = new FileDownload(read, services.blobs());
        routes.get("/api/documents/{id}/file", file::handle);
        routes.head("/api/documents/{id}/file", file::handle);
        routes.after("/api/documents/{id}/file", ctx -> Downloads.record(ctx, services.analytics()));
        routes.get("/api/documents/{id}/similar", read::similar);
        routes.get("/api/documents/{id}/pages", new PageExcerptEndpoint(read, services.blobs(),
                services.publicAddress(), services.settings().maxExcerptPages())::handle);
        routes.get("/api/suggest", read::suggest);
        routes.get("/api/facets/{dimension}", read::facetValues);
        CitationEndpoints citations = new CitationEndpoints(services, read);
        routes.get("/api/documents/{id}/citation", citations::document);
        routes.get("/api/search/citations", citations::search);

        ApiDocs docs = new ApiDocs(services.settings().publicUrl());
        routes.get("/api/openapi.json", docs::spec);
        routes.get("/api/docs", docs::page);
        routes.get("/api/docs/{version}/{file}", docs::asset);

        LibrarianAuth auth = new LibrarianAuth(services.access());
        UploadedFiles uploads = new UploadedFiles(services.settings().maxUploadBytes());
        LibrarianEndpoints librarian = new LibrarianEndpoints(services.librarian(), uploads);
        routes.post("/api/documents", auth.protect(librarian::upload));
        routes.patch("/api/documents/{id}", auth.protect(librarian::edit));
        routes.delete("/api/documents/{id}", auth.protect(librarian::delete));
        IngestJobEndpoints jobs = new IngestJobEndpoints(services.librarian(), uploads);
        routes.post("/api/ingest-jobs", auth.protect(jobs::submit));
        routes.get("/api/ingest-jobs", auth.protect(jobs::jobs));
        routes.get("/api/ingest-jobs/{jobId}", auth.protect(jobs::job));
        routes.get("/api/ingest-reports", auth.protect(jobs::reports));
        routes.get("/api/ingest-reports/{name}", auth.protect(jobs::report));
        ReviewEndpoints review = new ReviewEndpoints(tools.reviewer());
        routes.get("/api/review-queue", auth.protect(review::queue));
        routes.post("/api/review-queue", auth.protect(review::decideAll));
        routes.post("/api/review-queue/{item}", auth.protect(review::decide));
        BulkEditEndpoints bulk = new BulkEditEndpoints(tools.bulkEdit(), services.vocabulary());
        routes.post("/api/bulk-edits/preview", auth.protect(bulk::preview));
        routes.post("/api/bulk-edits", auth.protect(bulk::apply));
        routes.post("/api/bulk-edits/undo", auth.protect(bulk::undo));
        InsightsEndpoints insights = new InsightsEndpoints(new Insights(services, Clock.systemUTC()));
        routes.get("/api/insights/queries", auth.protect(insights::queries));
        routes.get("/api/insights/gaps", auth.protect(insights::gaps));
        EditionEndpoints editions = new EditionEndpoints(tools.editions());
        routes.get("/api/librarian/editions", auth.protect(editions::list));
        routes.post("/api/librarian/editions/{key}/confirm", auth.protect(editions::confirm));
        routes.post("/api/librarian/editions/{key}/dismiss", auth.protect(editions::dismiss));

        StatusEndpoints status = new StatusEndpoints(services);
        routes.get("/health", status::health);
        routes.get("/ready", status::ready);
        routes.get("/metrics", status::metrics);
    }
}
