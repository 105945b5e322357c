package org.resourcelibrary.web.pages;

import java.util.List;
import org.resourcelibrary.web.cite.DocumentCitation;
import org.resourcelibrary.web.pages.SearchView.EditionLink;
import org.resourcelibrary.web.pages.SearchView.Link;

/**
 * Everything the document page shows.
 *
 * @param badges      type, countries, year and language, as on a search result
 * @param fields      every metadata field that has a value, each with where the value came from
 * @param file        what the download is (format, size, pages)
 * @param preview     the text of the first pages
 * @param previewNote what the preview leaves out (more pages, cut pages), or null when it is complete
 * @param cite        the document cited in each style, its exports, and its meta tags for reference managers
 * @param editions    the other editions of the document's work ("Also in"), empty when it is a work of its own
 * @param alternates  every edition of the work, this one included, at its absolute address: the page's
 *                    {@code hreflang} links (none when it is a work of its own)
 * @param translations the other editions as schema.org JSON-LD, safe in a {@code <script>}; null when none
 */
public record DocumentView(
        String id,
        String title,
        String summary,
        List<String> badges,
        List<Field> fields,
        String fileHref,
        String fileName,
        String file,
        List<PreviewPage> preview,
        String previewNote,
        List<Similar> similar,
        DocumentCitation cite,
        List<EditionLink> editions,
        List<EditionLink> alternates,
        String translations) {

    /**
     * A metadata field.
     *
     * @param values each value, linked to a search for it where that makes sense (href null otherwise)
     * @param source where the value came from (the manifest, the file's properties…), or null when unknown
     */
    public record Field(String label, List<Link> values, String source) {
    }

    /**
     * A page of the preview.
     *
     * @param paragraphs the page's text in paragraphs (line breaks kept)
     * @param href       opens the original at this page, or null for documents without pages
     */
    public record PreviewPage(int number, List<String> paragraphs, String href) {
    }

    /** A similar document. */
    public record Similar(String title, String href, List<String> badges) {
    }
}
