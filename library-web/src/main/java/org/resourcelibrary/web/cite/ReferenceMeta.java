package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.web.cite.DocumentCitation.Meta;

/**
 * The meta tags reference managers and scholarly search engines read from a page: Highwire Press
 * {@code citation_*} (Google Scholar's inclusion guidelines, Zotero's Embedded Metadata translator) and Dublin
 * Core {@code DC.*} (the element set, declared by {@code <link rel="schema.DC">}).
 */
final class ReferenceMeta {

    static final String PDF = "application/pdf";
    /** The Dublin Core element set's namespace, which {@code DC.*} meta names refer to. */
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private ReferenceMeta() {
    }

    /** @param pdfUrl the original's absolute address when it is a PDF, else null */
    static List<Meta> of(CSLItemData item, String pdfUrl) {
        List<Meta> meta = new ArrayList<>();
        String year = CitationItems.year(item);
        add(meta, "citation_title", item.getTitle());
        for (String author : CitationItems.names(item)) {
            add(meta, "citation_author", author);
        }
        add(meta, "citation_publication_date", year);
        add(meta, "citation_publisher", item.getPublisher());
        if (item.getType() == CSLType.REPORT) {
            add(meta, "citation_technical_report_institution", item.getPublisher());
        }
        add(meta, "citation_language", item.getLanguage());
        add(meta, "citation_pdf_url", pdfUrl);
        add(meta, "citation_abstract_html_url", item.getURL());
        add(meta, "DC.title", item.getTitle());
        for (String author : CitationItems.names(item)) {
            add(meta, "DC.creator", author);
        }
        add(meta, "DC.date", year);
        add(meta, "DC.publisher", item.getPublisher());
        add(meta, "DC.language", item.getLanguage());
        add(meta, "DC.type", item.getGenre() != null ? item.getGenre() : "Text");
        add(meta, "DC.description", item.getAbstrct());
        add(meta, "DC.identifier", item.getURL());
        return meta;
    }

    private static void add(List<Meta> meta, String name, String content) {
        if (content != null && !content.isBlank()) {
            meta.add(new Meta(name, content));
        }
    }
}
