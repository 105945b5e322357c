package org.resourcelibrary.web.harvest;

import org.resourcelibrary.web.PublicAddress;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.resourcelibrary.web.WebServices;

/** Registers the routes harvesters, feed readers and search engines use. */
public final class HarvestRoutes {

    private HarvestRoutes() {
    }

    public static void register(RoutesConfig routes, WebServices services) {
        register(routes, services, OaiProvider.DEFAULT_PAGE_SIZE, Sitemap.MAX_URLS, Clock.systemUTC());
    }

    /**
     * Registers the routes with a given OAI-PMH page size, sitemap size and clock (tests harvest in small pages,
     * split small sitemaps and let resumption tokens expire).
     */
    public static void register(RoutesConfig routes, WebServices services, int oaiPageSize, int sitemapSize,
                                Clock clock) {
        PublicAddress address = services.publicAddress();
        OaiProvider oai = new OaiProvider(services.library(), services.vocabulary(), address,
                services.settings().adminEmail(), oaiPageSize, clock);
        routes.get(OaiProvider.PATH, oai::handle);
        routes.post(OaiProvider.PATH, oai::handle);
        routes.get(OpenSearchDescription.PATH, new OpenSearchDescription(address)::handle);
        routes.get(SearchFeed.PATH, new SearchFeed(services.library(), services.vocabulary(), address)::handle);
        Sitemap sitemap = new Sitemap(services.library(), address, sitemapSize);
        routes.get(Sitemap.PATH, sitemap::sitemap);
        routes.get(Sitemap.PART_PATH, sitemap::part);
        routes.get(Sitemap.ROBOTS_PATH, sitemap::robots);
    }
}
