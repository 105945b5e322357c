package org.resourcelibrary.web.harvest;

import org.resourcelibrary.web.PublicAddress;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.changes.ChangePage;
import org.resourcelibrary.core.changes.ChangeRequest;
import org.resourcelibrary.core.search.Hit;

/**
 * What search engines crawl: {@code /sitemap.xml} lists the search page and every document's page with when it
 * last changed ({@code lastmod}); past {@value #MAX_URLS} pages, the sitemaps protocol's limit for one file, it
 * is an index of numbered sitemaps ({@code /sitemaps/N.xml}). {@code /robots.txt} lets crawlers read the pages,
 * keeps them out of the API and the librarian tools, and points to the sitemap.
 */
final class Sitemap {

    static final String PATH = "/sitemap.xml";
    static final String PART_PATH = "/sitemaps/{part}";
    static final String ROBOTS_PATH = "/robots.txt";
    static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    /** Most URLs in one sitemap file (the sitemaps protocol's limit). */
    static final int MAX_URLS = 50_000;
    private static final String PART_SUFFIX = ".xml";

    private final Library library;
    private final PublicAddress address;
    private final int maxUrls;

    Sitemap(Library library, PublicAddress address, int maxUrls) {
        this.library = library;
        this.address = address;
        this.maxUrls = maxUrls;
    }

    /** {@code GET /sitemap.xml}: the one sitemap, or the index of the numbered ones. */
    void sitemap(Context ctx) {
        long documents = library.count();
        if (documents + 1 <= maxUrls) {
            urls(ctx, 0);
            return;
        }
        long parts = (documents + 1 + maxUrls - 1) / maxUrls;
        XmlOutput xml = new XmlOutput(SITEMAPS, "sitemapindex");
        for (long part = 1; part <= parts; part++) {
            xml.start("sitemap").element("loc", address.url(ctx, "/sitemaps/" + part + PART_SUFFIX)).end();
        }
        ctx.contentType(CONTENT_TYPE).result(xml.finish());
    }

    /** {@code GET /sitemaps/N.xml}: the N-th {@value #MAX_URLS} URLs. */
    void part(Context ctx) {
        String name = ctx.pathParam("part");
        int part;
        try {
            part = name.endsWith(PART_SUFFIX) ? Integer.parseInt(name.substring(0, name.length()
                    - PART_SUFFIX.length())) : 0;
        } catch (NumberFormatException e) {
            part = 0;
        }
        if (part < 1 || (long) (part - 1) * maxUrls > library.count()) {
            throw new NotFoundResponse("no sitemap '" + name + "'; /sitemap.xml lists them");
        }
        urls(ctx, part - 1);
    }

    /** A urlset: the search page first, then the documents' pages, {@code maxUrls} from {@code index * maxUrls}. */
    private void urls(Context ctx, int index) {
        long skip = (long) index * maxUrls;
        XmlOutput xml = new XmlOutput(SITEMAPS, "urlset");
        int written = 0;
        if (skip == 0) {
            xml.start("url").element("loc", address.url(ctx, "/")).end();
            written++;
        } else {
            skip--;
        }
        for (Change document : documents(skip, maxUrls - written)) {
            xml.start("url")
                    .element("loc", address.url(ctx, Hit.documentUrl(document.id())))
                    .element("lastmod", OaiDates.format(document.datestamp()))
                    .end();
        }
        ctx.contentType(CONTENT_TYPE).result(xml.finish());
    }

    /** The documents the library has, in the list of changes' order, after skipping some. */
    private List<Change> documents(long skip, int count) {
        List<Change> documents = new ArrayList<>();
        long skipped = 0;
        Change.Position after = null;
        while (documents.size() < count) {
            ChangePage page = library.changes(new ChangeRequest(null, null, null, null, after, maxUrls));
            for (Change change : page.changes()) {
                if (change.deleted()) {
                    continue;
                }
                if (skipped < skip) {
                    skipped++;
                } else if (documents.size() < count) {
                    documents.add(change);
                }
            }
            if (!page.more()) {
                break;
            }
            after = page.changes().get(page.changes().size() - 1).position();
        }
        return documents;
    }

    /** {@code GET /robots.txt}. */
    void robots(Context ctx) {
        String prefix = address.path(ctx);
        ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\n"
                + "Allow: " + prefix + "/\n"
                + "Disallow: " + prefix + "/api/\n"
                + "Disallow: " + prefix + "/librarian\n"
                + "Sitemap: " + address.url(ctx, PATH) + "\n");
    }
}
