package org.resourcelibrary.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of Tika's XHTML page by page, up to a character cap.
 *
 * <p>A page starts at a top-level page marker: {@code <div class="page">} (PDF, XPS), {@code <div
 * class="slide-content">} (PPTX) or {@code <div class="slide">} (PPT). Text outside any page (PPTX notes
 * and masters after a slide, PDF attachments after the last page) belongs to the page before it; text
 * before the first page to the first. Markers inside embedded documents do not start pages: an embedded
 * document's text is part of the page that embeds it. Text inside {@code <div class="ocr">} is counted, so
 * the caller can tell whether OCR produced anything.
 */
final class PageCollector extends DefaultHandler {

    private static final Set<String> PAGE_CLASSES = Set.of("page", "slide-content", "slide");
    private static final String OCR_CLASS = "ocr";
    private static final String DIV = "div";
    private static final String BODY = "body";

    private final int maxChars;
    private final List<String> pages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int chars;
    private boolean truncated;
    private boolean inBody;
    private boolean sawPage;
    private int embeddedDepth;
    /** Depth of open divs since the current page marker opened; -1 outside any page. */
    private int pageDivDepth = -1;
    /** Depth of open divs since the outermost OCR div opened; -1 outside OCR output. */
    private int ocrDivDepth = -1;
    private long ocrChars;

    PageCollector(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Called around the parse of an embedded document, so its page markers are ignored. */
    void enterEmbedded() {
        embeddedDepth++;
    }

    void exitEmbedded() {
        embeddedDepth--;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (BODY.equals(localName)) {
            inBody = true;
        }
        if (!DIV.equals(localName)) {
            return;
        }
        String cssClass = atts.getValue("class");
        if (pageDivDepth >= 0) {
            pageDivDepth++;
        } else if (embeddedDepth == 0 && cssClass != null && PAGE_CLASSES.contains(cssClass)) {
            startPage();
            pageDivDepth = 0;
        }
        if (ocrDivDepth >= 0) {
            ocrDivDepth++;
        } else if (OCR_CLASS.equals(cssClass)) {
            ocrDivDepth = 0;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (BODY.equals(localName) && embeddedDepth == 0) {
            inBody = false;
        }
        if (!DIV.equals(localName)) {
            return;
        }
        if (pageDivDepth >= 0) {
            pageDivDepth--;
        }
        if (ocrDivDepth >= 0) {
            ocrDivDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inBody || length == 0) {
            return;
        }
        if (truncated) {
            throw new WriteLimitReachedException(maxChars);
        }
        int room = maxChars - chars;
        int kept = Math.min(room, length);
        current.append(ch, start, kept);
        chars += kept;
        if (ocrDivDepth >= 0) {
            for (int i = start; i < start + kept; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    ocrChars++;
                }
            }
        }
        if (kept < length) {
            truncated = true;
            throw new WriteLimitReachedException(maxChars);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void startPage() {
        if (sawPage) {
            pages.add(current.toString());
            current.setLength(0);
        }
        sawPage = true;
    }

    /** The text per page; a single element for documents without page markers. */
    List<String> pages() {
        List<String> all = new ArrayList<>(pages);
        all.add(current.toString());
        return all;
    }

    /** Whether the document had page markers, so {@link #pages()} are real pages. */
    boolean paged() {
        return sawPage;
    }

    boolean truncated() {
        return truncated;
    }

    /** Non-blank characters produced by OCR. */
    long ocrChars() {
        return ocrChars;
    }
}
