package org.resourcelibrary.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.LibraryUnavailableException;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.web.alerts.Alerts;
import org.resourcelibrary.web.api.ApiRoutes;
import org.resourcelibrary.web.harvest.HarvestRoutes;
import org.resourcelibrary.web.i18n.Messages;
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
            LibrarianTools tools = LibrarianTools.of(services);
            ApiRoutes.register(config.routes, services, tools);
            ApiRoutes.registerAlerts(config.routes, services, alerts);
            PageRoutes.register(config.routes, services, tools, alerts);
            HarvestRoutes.register(config.routes, services);
            // The reason in the client's language when it asks for one, as the title is (see problem).
            config.routes.exception(InvalidRequestException.class, (e, ctx) -> problem(ctx, Problem.ofParameter(400,
                    title(400), Messages.ofClient(ctx.header(Header.ACCEPT_LANGUAGE)).map(ui -> ui.reason(e))
                            .orElse(e.getMessage()), e.parameter())));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    problem(ctx, Problem.of(e.getStatus(), title(e.getStatus()), e.getMessage())));
            config.routes.exception(LibraryUnavailableException.class, (e, ctx) -> {
                LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
                problem(ctx, Problem.of(503, title(503), e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                Optional<Problem> storage = StorageTrouble.of(e);
                if (storage.isPresent()) {
                    LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), storage.get().detail());
                    problem(ctx, storage.get());
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(500, ENGLISH.text(INTERNAL_ERROR), ENGLISH.text(INTERNAL_ERROR_DETAIL)));
            });
        });
    }

    /** The route template a request matched (e.g. {@code /api/documents/{id}}), so metrics stay bounded. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? ServiceMetrics.UNMATCHED_ROUTE : endpoint.path;
    }

    /**
     * Writes a problem response; its title (and a detail the bundles know) in the language of the client's
     * {@code Accept-Language}, when it sends one, so that clients parsing English titles keep them.
     */
    public static void problem(Context ctx, Problem problem) {
        Optional<Messages> ui = Messages.ofClient(ctx.header(Header.ACCEPT_LANGUAGE));
        Problem shown = ui.map(messages -> translated(problem, messages)).orElse(problem);
        ui.ifPresent(messages -> Messages.varyOnLanguage(ctx.header(Header.CONTENT_LANGUAGE, messages.language())));
        // Bytes, not a String: Jetty would encode a String of this content type as ISO-8859-1, turning the
        // echoed parameter's other characters into '?' and its accents into invalid UTF-8.
        ctx.status(shown.status()).contentType(Problem.CONTENT_TYPE).result(json(shown));
    }

    /** The problem with each of its words that is one of the bundle's English messages in the client's language. */
    private static Problem translated(Problem problem, Messages ui) {
        String title = problem.title();
        String detail = problem.detail();
        List<String> keys = new ArrayList<>(TITLES.values());
        keys.addAll(List.of(SERVER_ERROR, REQUEST_ERROR, INTERNAL_ERROR, INTERNAL_ERROR_DETAIL));
        for (String key : keys) {
            title = ENGLISH.text(key).equals(title) ? ui.text(key) : title;
            detail = ENGLISH.text(key).equals(detail) ? ui.text(key) : detail;
        }
        return new Problem(problem.type(), title, problem.status(), detail, problem.parameter());
    }

    private static byte[] json(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem is always serialisable", e);
        }
    }

    private static String title(int status) {
        return ENGLISH.text(TITLES.getOrDefault(status, status >= 500 ? SERVER_ERROR : REQUEST_ERROR));
    }

    /** Problems are English unless the client asks otherwise. */
    private static final Messages ENGLISH = Messages.in(Messages.DEFAULT_LANGUAGE);
    private static final String SERVER_ERROR = "problem.serverError";
    private static final String REQUEST_ERROR = "problem.requestError";
    private static final String INTERNAL_ERROR = "problem.internalError";
    private static final String INTERNAL_ERROR_DETAIL = "problem.internalError.detail";
    /** The message titling each status's problem. */
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "problem.badRequest"), Map.entry(401, "problem.unauthorized"),
            Map.entry(403, "problem.forbidden"), Map.entry(404, "problem.notFound"),
            Map.entry(405, "problem.methodNotAllowed"), Map.entry(406, "problem.notAcceptable"),
            Map.entry(412, "problem.preconditionFailed"), Map.entry(413, "problem.tooLarge"), Map.entry(415, "problem.unsupportedType"),
            Map.entry(416, "problem.rangeNotSatisfiable"), Map.entry(422, "problem.unprocessable"),
            Map.entry(429, "problem.tooManyRequests"), Map.entry(503, "problem.unavailable"));
}
