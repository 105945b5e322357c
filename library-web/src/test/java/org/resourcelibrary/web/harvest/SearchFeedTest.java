package org.resourcelibrary.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.web.ApiTestBase;
import org.resourcelibrary.web.TestLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Searches as Atom feeds, checked against RFC 4287's rules, and the OpenSearch description that offers them. */
class SearchFeedTest extends ApiTestBase {

    /** RFC 3339 date-time, as RFC 4287 requires of {@code updated}. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static String feed(String query) {
        HttpResponse<String> response = app.get("/feeds/search" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        checkRfc4287(XmlChecks.parse(response.body()));
        return response.body();
    }

    /** The RFC's rules for feeds and entries (section 4.1): required elements, once each, of the right forms. */
    private static void checkRfc4287(Document document) {
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        checkCommon(feed, "feed");
        assertThat(children(feed, "author")).as("feed author (entries may have none)").isNotEmpty();
        List<Element> entries = children(feed, "entry");
        for (Element entry : entries) {
            checkCommon(entry, "entry");
            List<Element> alternates = children(entry, "link").stream()
                    .filter(link -> link.getAttribute("rel").equals("alternate")).toList();
            assertThat(alternates).as("one alternate link per entry").hasSize(1);
            assertThat(children(entry, "summary").size() + children(entry, "content").size()).isPositive();
        }
    }

    private static void checkCommon(Element element, String what) {
        List<Element> ids = children(element, "id");
        assertThat(ids).as(what + " id").hasSize(1);
        assertThat(URI.create(ids.get(0).getTextContent()).isAbsolute()).as(what + " id is an absolute IRI").isTrue();
        assertThat(children(element, "title")).as(what + " title").hasSize(1);
        List<Element> updated = children(element, "updated");
        assertThat(updated).as(what + " updated").hasSize(1);
        assertThat(updated.get(0).getTextContent()).matches(RFC_3339);
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> elements = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                elements.add(element);
            }
        }
        return elements;
    }

    @Test
    void aSearchsFeedHasItsHitsNewestFirst() {
        String xml = feed("?country=KE");

        assertThat(XmlChecks.texts(xml, "//atom:entry/atom:id")).containsExactly(
                app.uri("/documents/" + TestLibrary.TOOLKIT).toString(),
                app.uri("/documents/" + TestLibrary.NOTES).toString());
        assertThat(XmlChecks.text(xml, "/atom:feed/os:totalResults")).isEqualTo("2");
    }

    @Test
    void theFeedLinksToItselfAndToTheSearchPage() {
        String xml = feed("?q=case+management");

        assertThat(XmlChecks.text(xml, "/atom:feed/atom:link[@rel='self']/@href"))
                .isEqualTo(app.uri("/feeds/search?q=case+management").toString());
        assertThat(XmlChecks.text(xml, "/atom:feed/atom:link[@rel='alternate']/@href"))
                .isEqualTo(app.uri("/?q=case+management").toString());
    }

    @Test
    void passagesAreEscapedHtmlContent() {
        String xml = feed("?q=supervision");

        assertThat(XmlChecks.texts(xml, "//atom:entry/atom:content[@type='html']")).isNotEmpty()
                .allSatisfy(html -> assertThat(html).contains("<mark>"));
        assertThat(xml).contains("&lt;mark&gt;").doesNotContain("<mark>");
    }

    @Test
    void aBadParameterIsA400ProblemNamingIt() {
        HttpResponse<String> response = app.get("/feeds/search?country=Narnia");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("country");
    }

    @Test
    void theOpenSearchDescriptionOffersThePageTheFeedAndTheApi() {
        HttpResponse<String> response = app.get("/opensearch.xml");
        String xml = response.body();

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/opensearchdescription+xml"));
        assertThat(XmlChecks.text(xml, "/os:OpenSearchDescription/os:ShortName")).hasSizeLessThanOrEqualTo(16);
        assertThat(XmlChecks.texts(xml, "//os:Url/@type")).contains("text/html", "application/atom+xml",
                "application/json");
        assertThat(XmlChecks.text(xml, "//os:Url[@type='application/atom+xml']/@template"))
                .isEqualTo(app.uri("/feeds/search") + "?q={searchTerms}&page={startPage?}");
    }
}
