package org.resourcelibrary.web.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.List;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Edition;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.cite.DocumentCitation.Export;
import org.resourcelibrary.web.cite.DocumentCitation.Formatted;

/** Builds what a document page shows and embeds to cite its document, all from the document's one CSL item. */
public final class DocumentCitations {

    private final CitationItems items;

    public DocumentCitations(Vocabulary vocabulary) {
        this.items = new CitationItems(vocabulary);
    }

    /**
     * @param pageUrl the document page's absolute address
     * @param fileUrl the original file's absolute address
     * @param lang    the member's language
     */
    public DocumentCitation of(Resource resource, String pageUrl, String fileUrl, String lang) {
        CSLItemData item = items.of(resource, pageUrl, lang);
        List<Formatted> formatted = new ArrayList<>();
        for (CitationFormat style : CitationFormat.styles()) {
            formatted.add(new Formatted(style.label(), Citations.bibliography(List.of(item), style, lang).get(0)));
        }
        List<Export> exports = CitationFormat.exports().stream()
                .map(export -> new Export(export.label(), href(resource.id(), export))).toList();
        String pdfUrl = ReferenceMeta.PDF.equals(resource.mediaType()) ? fileUrl : null;
        return new DocumentCitation(ReferenceMeta.of(item, pdfUrl), SchemaOrg.of(item, fileUrl,
                resource.mediaType()), Coins.of(item), formatted, exports);
    }

    /**
     * The schema.org JSON-LD naming a document's other editions as its translations ({@code workTranslation}),
     * safe to place in a {@code <script>} element as it is; null when it has none.
     *
     * @param editions the other editions, their {@code url} the absolute address of their page
     */
    public static String translations(String pageUrl, List<Edition> editions) {
        return editions.isEmpty() ? null : SchemaOrg.translations(pageUrl, editions);
    }

    /**
     * Where the hits of a results page are downloaded in {@code format}.
     *
     * @param pageHref the results page's own address ({@code /?q=…}): its parameters are the search's
     */
    public static String searchHref(String pageHref, CitationFormat format) {
        int query = pageHref.indexOf('?');
        String parameters = query < 0 ? "" : pageHref.substring(query + 1) + "&";
        return "/api/search/citations?" + parameters + "format=" + format.param();
    }

    /** Where a document's citation in {@code format} is downloaded. */
    public static String href(String id, CitationFormat format) {
        return "/api/documents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                + "/citation?format=" + format.param();
    }
}
