package org.resourcelibrary.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.api.ApiRoutes;
import org.resourcelibrary.web.harvest.HarvestRoutes;
import org.resourcelibrary.web.metrics.ServiceMetrics;
import org.resourcelibrary.web.pages.PageRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application: JSON API, HTML pages and librarian tools over one library. {@link #create} returns
 * an unstarted {@link Javalin}; {@code main} starts it and tests drive it with {@code JavalinTest}.
 */
public final class LibraryWebApp {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryWebApp.class);

    private LibraryWebApp() {
    }

    public static Javalin create(WebServices services) {
        return create(services, Alerts.off());
    }

    /** The application with e-mail alerts (off when {@code alerts} has no SMTP server). */
    public static Javalin create(WebServices services, Alerts alerts) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.generateEtags = true;
            config.http.maxRequestSize = services.settings().maxUploadBytes();
            config.jetty.multipartConfig.maxFileSize(services.settings().maxUploadBytes(), SizeUnit.BYTES);
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolProblems()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProtocolProblems()));
            config.requestLogger.http((ctx, millis) -> services.metrics().request(ctx.method().name(), route(ctx),
                    ctx.statusCode(), millis / 1000.0));
            config.routes.before(SecurityHeaders::apply);
            ApiRoutes.register(config.routes, services);
            ApiRoutes.registerAlerts(config.routes, services, alerts);
            PageRoutes.register(config.routes, services, alerts);
            HarvestRoutes.register(config.routes, services);
            config.routes.exception(InvalidRequestException.class, (e, ctx) ->
                    problem(ctx, Problem.ofParameter(400, "Bad request", e.getMessage(), e.parameter())));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    problem(ctx, Problem.of(e.getStatus(), title(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                Optional<Problem> storage = StorageTrouble.of(e);
                if (storage.isPresent()) {
                    LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), storage.get().detail());
                    problem(ctx, storage.get());
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(500, "Internal server error",
                        "the server could not answer this request; it has been logged"));
            });
        });
    }

    /** The route template a request matched (e.g. {@code /api/documents/{id}}), so metrics stay bounded. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? ServiceMetrics.UNMATCHED_ROUTE : endpoint.path;
    }

    /** Writes a problem response. */
    public static void problem(Context ctx, Problem problem) {
        // Bytes, not a String: Jetty would encode a String of this content type as ISO-8859-1, turning the
        // echoed parameter's other characters into '?' and its accents into invalid UTF-8.
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(json(problem));
    }

    private static byte[] json(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem is always serialisable", e);
        }
    }

    private static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Server error" : "Request error");
    }

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not found"), Map.entry(405, "Method not allowed"), Map.entry(406, "Not acceptable"), Map.entry(413, "Payload too large"),
            Map.entry(415, "Unsupported media type"), Map.entry(416, "Range not satisfiable"),
            Map.entry(422, "Unprocessable content"), Map.entry(429, "Too many requests"),
            Map.entry(503, "Service unavailable"));
}
