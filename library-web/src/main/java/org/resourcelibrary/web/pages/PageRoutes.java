package org.resourcelibrary.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.resourcelibrary.web.WebServices;

/** Registers the HTML pages' routes and the static files they use. */
public final class PageRoutes {

    private PageRoutes() {
    }

    public static void register(RoutesConfig routes, WebServices services) {
        Templates templates = new Templates(StaticAssets.load());
        SearchPage search = new SearchPage(services.library(), services.vocabulary(), templates);
        DocumentPage document = new DocumentPage(services.library(), services.vocabulary(), templates);
        routes.get("/", ErrorPages.guarded(templates, search::render));
        routes.get("/documents/{id}", ErrorPages.guarded(templates, document::render));
    }

    /** The stylesheet and script, under {@link StaticAssets#PATH}, cached for long: their URLs are versioned. */
    public static void serveStaticFiles(StaticFilesConfig staticFiles) {
        staticFiles.add(files -> {
            files.hostedPath = StaticAssets.PATH;
            files.directory = StaticAssets.PATH;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", StaticAssets.CACHE_CONTROL);
        });
    }
}
