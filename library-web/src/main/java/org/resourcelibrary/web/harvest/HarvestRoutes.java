package org.resourcelibrary.web.harvest;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.resourcelibrary.web.WebServices;

/** Registers the routes harvesters, feed readers and search engines use. */
public final class HarvestRoutes {

    private HarvestRoutes() {
    }

    public static void register(RoutesConfig routes, WebServices services) {
        register(routes, services, OaiProvider.DEFAULT_PAGE_SIZE, Clock.systemUTC());
    }

    /**
     * Registers the routes with a given OAI-PMH page size and clock (tests harvest in small pages and let
     * resumption tokens expire).
     */
    public static void register(RoutesConfig routes, WebServices services, int oaiPageSize, Clock clock) {
        PublicAddress address = new PublicAddress(services.settings().publicUrl());
        OaiProvider oai = new OaiProvider(services.library(), services.vocabulary(), address,
                services.settings().adminEmail(), oaiPageSize, clock);
        routes.get(OaiProvider.PATH, oai::handle);
        routes.post(OaiProvider.PATH, oai::handle);
    }
}
