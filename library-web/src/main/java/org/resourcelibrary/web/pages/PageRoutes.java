package org.resourcelibrary.web.pages;

import io.javalin.config.RoutesConfig;
import org.resourcelibrary.web.WebServices;

/** Registers the HTML pages' routes. */
public final class PageRoutes {

    private PageRoutes() {
    }

    public static void register(RoutesConfig routes, WebServices services) {
        // The search page, document page and librarian page are registered here.
    }
}
