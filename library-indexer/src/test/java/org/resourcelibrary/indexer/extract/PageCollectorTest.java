package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class PageCollectorTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void textOutsideAnyPageBelongsToThePageBeforeIt() throws SAXException {
        PageCollector collector = new PageCollector(1_000);
        body(collector);
        page(collector, "page", "one");
        text(collector, " notes");
        page(collector, "page", "two");

        assertThat(collector.paged()).isTrue();
        assertThat(collector.pages()).containsExactly("one notes", "two");
    }

    @Test
    void pageMarkersInsideEmbeddedDocumentsDoNotStartPages() throws SAXException {
        PageCollector collector = new PageCollector(1_000);
        body(collector);
        page(collector, "page", "one");
        collector.enterEmbedded();
        page(collector, "page", " attached");
        collector.exitEmbedded();

        assertThat(collector.pages()).containsExactly("one attached");
    }

    @Test
    void headTextIsNotBodyText() throws SAXException {
        PageCollector collector = new PageCollector(1_000);
        collector.startElement(XHTML, "title", "title", new AttributesImpl());
        text(collector, "Title");
        collector.endElement(XHTML, "title", "title");
        body(collector);
        text(collector, "Body");

        assertThat(collector.paged()).isFalse();
        assertThat(collector.pages()).containsExactly("Body");
    }

    @Test
    void reachingTheCapKeepsTheTextReadAndStopsTheParse() throws SAXException {
        PageCollector collector = new PageCollector(5);
        body(collector);

        assertThatThrownBy(() -> text(collector, "abcdefgh")).isInstanceOf(WriteLimitReachedException.class);
        assertThat(collector.truncated()).isTrue();
        assertThat(collector.pages()).containsExactly("abcde");
    }

    @Test
    void ocrOutputIsCounted() throws SAXException {
        PageCollector collector = new PageCollector(1_000);
        body(collector);
        collector.startElement(XHTML, "div", "div", attributes("ocr"));
        text(collector, "scanned words");
        collector.endElement(XHTML, "div", "div");
        text(collector, " layer");

        assertThat(collector.ocrChars()).isEqualTo("scannedwords".length());
    }

    private static void body(PageCollector collector) {
        collector.startElement(XHTML, "body", "body", new AttributesImpl());
    }

    private static void page(PageCollector collector, String cssClass, String content) throws SAXException {
        collector.startElement(XHTML, "div", "div", attributes(cssClass));
        text(collector, content);
        collector.endElement(XHTML, "div", "div");
    }

    private static void text(PageCollector collector, String content) throws SAXException {
        collector.characters(content.toCharArray(), 0, content.length());
    }

    private static AttributesImpl attributes(String cssClass) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "class", "class", "CDATA", cssClass);
        return attributes;
    }
}
