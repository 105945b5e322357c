package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.RunningApp;
import org.resourcelibrary.web.TestLibrary;
import org.resourcelibrary.web.WebSettings;

/** Sitemap, robots.txt, and what every page's head tells search engines, at the library's public address. */
class FindabilityTest extends ApiTestBase {

    private static final List<String> PAGES = List.of("/", "/?q=supervision&country=ZM",
            "/documents/" + TestLibrary.ZAMBIA, "/librarian", "/documents/no-such-document");

    /** The first group of the first match of {@code regex} in a page, its HTML entities for {@code &} undone. */
    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : "";
    }

    private static String canonical(String html) {
        return find(html, "<link rel=\"canonical\" href=\"([^\"]*)\">");
    }

    @Test
    void theSitemapListsTheSearchPageAndEveryDocumentWithWhenItChanged() {
        String xml = app.get("/sitemap.xml").body();

        List<String> locations = XmlChecks.texts(xml, "/sm:urlset/sm:url/sm:loc");
        assertThat(locations).hasSize(6).contains(app.uri("/").toString(),
                app.uri("/documents/" + TestLibrary.ZAMBIA).toString());
        assertThat(XmlChecks.texts(xml, "//sm:url[sm:loc!='" + app.uri("/") + "']/sm:lastmod")).hasSize(5)
                .allSatisfy(lastmod -> assertThat(lastmod).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
    }

    @Test
    void pastItsLimitTheSitemapIsAnIndexOfSitemapsThatTogetherListEveryPage() {
        Javalin small = Javalin.create(config -> HarvestRoutes.register(config.routes, library.services(), 10, 2,
                Clock.systemUTC())).start("127.0.0.1", 0);
        try (RunningApp client = RunningApp.client(small.port())) {
            String index = client.get("/sitemap.xml").body();
            List<String> parts = XmlChecks.texts(index, "/sm:sitemapindex/sm:sitemap/sm:loc");
            List<String> locations = new ArrayList<>();
            for (String part : parts) {
                List<String> listed = XmlChecks.texts(client.get(part.substring(part.indexOf("/sitemaps/"))).body(),
                        "/sm:urlset/sm:url/sm:loc");
                assertThat(listed).hasSizeLessThanOrEqualTo(2);
                locations.addAll(listed);
            }

            assertThat(parts).hasSize(3);
            assertThat(locations).hasSize(6).doesNotHaveDuplicates();
            assertThat(client.get("/sitemaps/4.xml").statusCode()).isEqualTo(404);
        } finally {
            small.stop();
        }
    }

    @Test
    void robotsLetCrawlersReadThePagesButNotTheApiOrTheLibrarianTools() {
        String robots = app.get("/robots.txt").body();

        assertThat(robots.lines()).contains("User-agent: *", "Allow: /", "Disallow: /api/", "Disallow: /librarian",
                "Sitemap: " + app.uri("/sitemap.xml"));
    }

    @Test
    void everyPageHasACanonicalLinkADescriptionAndTheOpenSearchLink() {
        for (String path : PAGES) {
            String page = app.get(path).body();

            assertThat(canonical(page)).as(path).startsWith(app.uri("/").toString());
            assertThat(find(page, "<meta name=\"description\" content=\"([^\"]+)\">")).as(path).isNotBlank();
            assertThat(find(page, "<link rel=\"search\" type=\"application/opensearchdescription\\+xml\" "
                    + "title=\"[^\"]*\" href=\"([^\"]*)\">")).as(path).isEqualTo(app.uri("/opensearch.xml").toString());
        }
    }

    @Test
    void aResultsPageOffersToFollowItsSearchAsAFeed() {
        String page = app.get("/?q=supervision&country=ZM").body();
        String feed = app.uri("/feeds/search?q=supervision&country=ZM").toString();

        assertThat(find(page, "<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]*\" "
                + "href=\"([^\"]*)\">")).isEqualTo(feed);
        assertThat(find(page, "<a class=\"follow-search\" href=\"([^\"]*)\"[^>]*>Follow this search</a>"))
                .isEqualTo(feed);
    }

    @Test
    void behindAPrefixEveryAbsoluteLinkUsesThePublicUrl() {
        String base = "https://example.org/library";
        WebSettings settings = WebSettings.defaults().withPublication(base, null);
        try (RunningApp behind = RunningApp.start(library.services(settings, access()))) {
            String page = behind.get("/documents/" + TestLibrary.ZAMBIA).body();
            String robots = behind.get("/robots.txt").body();

            assertThat(canonical(page)).isEqualTo(base + "/documents/"
                    + TestLibrary.ZAMBIA);
            assertThat(robots.lines()).contains("Disallow: /library/api/", "Sitemap: " + base + "/sitemap.xml");
            assertThat(XmlChecks.texts(behind.get("/sitemap.xml").body(), "//sm:loc")).allSatisfy(url ->
                    assertThat(url).startsWith(base + "/"));
            assertThat(XmlChecks.texts(behind.get("/opensearch.xml").body(), "//os:Url/@template")).allSatisfy(url ->
                    assertThat(url).startsWith(base + "/"));
            assertThat(XmlChecks.text(behind.get("/feeds/search").body(), "/atom:feed/atom:id"))
                    .isEqualTo(base + "/feeds/search");
        }
    }
}
