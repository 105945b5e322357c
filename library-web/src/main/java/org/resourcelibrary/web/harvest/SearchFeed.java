package org.resourcelibrary.web.harvest;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.changes.Change;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Snippet;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.PublicAddress;
import org.resourcelibrary.web.api.SearchRequests;

/**
 * Every search as an Atom feed (RFC 4287): {@code /feeds/search?<the /api/search parameters>}, newest first unless
 * the request says another order, so a feed reader follows a search and sees what is new in it. Entries are the
 * search's hits; each one's {@code updated} is when the document last changed in the library.
 */
final class SearchFeed {

    static final String PATH = "/feeds/search";
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    private static final String ATOM_TYPE = "application/atom+xml";
    private static final String HTML_TYPE = "text/html";

    private final Library library;
    private final Vocabulary vocabulary;
    private final PublicAddress address;

    SearchFeed(Library library, Vocabulary vocabulary, PublicAddress address) {
        this.library = library;
        this.vocabulary = vocabulary;
        this.address = address;
    }

    /** {@code GET /feeds/search}. */
    void handle(Context ctx) {
        SearchRequest asked = SearchRequests.of(ctx, vocabulary);
        boolean sortGiven = ctx.queryParam("sort") != null && !ctx.queryParam("sort").isBlank();
        SearchRequest request = sortGiven ? asked : asked.withSort(Sort.NEWEST);
        SearchResponse response = library.search(request);
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        String self = address.url(ctx, PATH + query);

        List<Entry> entries = new ArrayList<>();
        for (Hit hit : response.hits()) {
            library.change(hit.id()).filter(change -> !change.deleted()).ifPresent(change ->
                    entries.add(new Entry(hit, change)));
        }
        Instant updated = entries.stream().map(entry -> entry.change().datestamp()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);

        XmlOutput xml = new XmlOutput(ATOM, "feed").declare(OPENSEARCH)
                .element("id", self)
                .element("title", title(request))
                .element("updated", OaiDates.format(updated))
                .start("author").element("name", OaiProvider.REPOSITORY_NAME).end()
                .start("link").attribute("rel", "self").attribute("type", ATOM_TYPE).attribute("href", self).end()
                .start("link").attribute("rel", "alternate").attribute("type", HTML_TYPE)
                .attribute("href", address.url(ctx, "/" + query)).end()
                .element(OPENSEARCH, "totalResults", String.valueOf(response.total()))
                .element(OPENSEARCH, "startIndex", String.valueOf((long) (response.page() - 1) * response.size() + 1))
                .element(OPENSEARCH, "itemsPerPage", String.valueOf(response.size()));
        for (Entry entry : entries) {
            entry(ctx, xml, entry);
        }
        ctx.contentType(CONTENT_TYPE).result(xml.finish());
    }

    private record Entry(Hit hit, Change change) {
    }

    private void entry(Context ctx, XmlOutput xml, Entry entry) {
        Resource r = entry.change().resource();
        String page = address.url(ctx, Hit.documentUrl(r.id()));
        xml.start("entry")
                .element("id", page)
                .element("title", r.title() != null ? r.title() : r.fileName())
                .element("updated", OaiDates.format(entry.change().datestamp()))
                .start("link").attribute("rel", "alternate").attribute("type", HTML_TYPE).attribute("href", page).end()
                .start("link").attribute("rel", "enclosure").attribute("type", r.mediaType() != null ? r.mediaType()
                        : "application/octet-stream").attribute("href", address.url(ctx, Hit.fileUrl(r.id()))).end();
        for (String author : r.authors()) {
            xml.start("author").element("name", author).end();
        }
        if (r.type() != null) {
            category(xml, "type", r.type(), vocabulary.label(Dimension.TYPE, r.type(), Vocabulary.DEFAULT_LANGUAGE));
        }
        for (String topic : r.topics()) {
            category(xml, "topic", topic, vocabulary.label(Dimension.TOPIC, topic, Vocabulary.DEFAULT_LANGUAGE));
        }
        for (String country : r.countries()) {
            category(xml, "country", country, vocabulary.label(Dimension.COUNTRY, country,
                    Vocabulary.DEFAULT_LANGUAGE));
        }
        xml.element("summary", summary(r));
        List<Snippet> snippets = entry.hit().snippets();
        if (!snippets.isEmpty()) {
            // The snippets are HTML (escaped text with <mark> around the words searched): sent as escaped
            // HTML, which readers render, never as markup inside the feed.
            StringBuilder html = new StringBuilder();
            for (Snippet snippet : snippets) {
                html.append("<p>").append(snippet.text()).append("</p>");
            }
            xml.start("content").attribute("type", "html").text(html.toString()).end();
        }
        xml.end();
    }

    private static void category(XmlOutput xml, String scheme, String term, String label) {
        xml.start("category").attribute("scheme", scheme).attribute("term", term).attribute("label", label).end();
    }

    /** The summary, or what the document is when it has none. */
    private String summary(Resource r) {
        if (r.summary() != null && !r.summary().isBlank()) {
            return r.summary();
        }
        List<String> parts = new ArrayList<>();
        if (r.type() != null) {
            parts.add(vocabulary.label(Dimension.TYPE, r.type(), Vocabulary.DEFAULT_LANGUAGE));
        }
        if (r.organization() != null) {
            parts.add(r.organization());
        }
        if (r.year() != null) {
            parts.add(String.valueOf(r.year()));
        }
        return parts.isEmpty() ? "A document of the library" : String.join(", ", parts);
    }

    private static String title(SearchRequest request) {
        String words = request.query() == null || request.query().isBlank() ? null : request.query().strip();
        return OaiProvider.REPOSITORY_NAME + (words == null ? ": new documents" : ": “" + words + "”");
    }
}
