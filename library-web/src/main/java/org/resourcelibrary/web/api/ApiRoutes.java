package org.resourcelibrary.web.api;

import io.javalin.config.RoutesConfig;
import org.resourcelibrary.web.WebServices;

/** Registers the JSON API's routes. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, WebServices services) {
        routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "up")));
    }
}
