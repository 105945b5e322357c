package org.resourcelibrary.web.harvest;

import org.resourcelibrary.web.PublicAddress;
import io.javalin.http.Context;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The OpenSearch 1.1 description at {@code /opensearch.xml}: how browsers and other services search the library
 * (the search page, the Atom feed and the JSON API, each a URL template), found through the
 * {@code <link rel="search">} every page carries.
 */
final class OpenSearchDescription {

    static final String PATH = "/opensearch.xml";
    static final String CONTENT_TYPE = "application/opensearchdescription+xml; charset=utf-8";
    /** OpenSearch limits the short name to 16 characters. */
    static final String SHORT_NAME = "Resource Library";
    static final String DESCRIPTION = "Search the resource library: reports, toolkits, guidelines, curricula,"
            + " policy reviews and case studies on the social service workforce, in several languages.";

    private final PublicAddress address;

    OpenSearchDescription(PublicAddress address) {
        this.address = address;
    }

    /** {@code GET /opensearch.xml}. */
    void handle(Context ctx) {
        XmlOutput xml = new XmlOutput(SearchFeed.OPENSEARCH, "OpenSearchDescription")
                .element("ShortName", SHORT_NAME)
                .element("Description", DESCRIPTION)
                .element("InputEncoding", "UTF-8")
                .element("OutputEncoding", "UTF-8");
        url(xml, "text/html", address.url(ctx, "/?q={searchTerms}&page={startPage?}"));
        url(xml, "application/atom+xml", address.url(ctx, SearchFeed.PATH + "?q={searchTerms}&page={startPage?}"));
        url(xml, "application/json", address.url(ctx, "/api/search?q={searchTerms}&page={startPage?}"));
        xml.start("Url").attribute("type", "application/opensearchdescription+xml").attribute("rel", "self")
                .attribute("template", address.url(ctx, PATH)).end();
        for (String language : Vocabulary.LABEL_LANGUAGES) {
            xml.element("Language", language);
        }
        ctx.contentType(CONTENT_TYPE).result(xml.finish());
    }

    private static void url(XmlOutput xml, String type, String template) {
        xml.start("Url").attribute("type", type).attribute("template", template).end();
    }
}
