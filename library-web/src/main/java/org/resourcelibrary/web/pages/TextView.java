package org.resourcelibrary.web.pages;

import java.util.List;

/**
 * One page of a document's text, as plain HTML for members who cannot download the file.
 *
 * @param paragraphs   the page's text in paragraphs
 * @param previousHref the page before, or null on the first
 * @param nextHref     the page after, or null on the last
 * @param pdfHref      this page alone cut from the original PDF, or null when the original is not a PDF
 */
public record TextView(String title, String documentHref, int page, int pages, List<String> paragraphs,
                       String previousHref, String nextHref, String pdfHref) {
}
