package org.resourcelibrary.core.store;

import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.OcrStatus;

/**
 * A file's extracted text and the metadata its parser found, as cached in {@code text/<sha256>.json.gz} so
 * that re-indexing needs no re-extraction.
 *
 * @param pages     text page by page (PDF pages, slides); one element for formats without pages
 * @param paged     whether {@code pages} are real pages a viewer can jump to
 * @param metadata  parser metadata (e.g. {@code dc:title}, {@code dc:creator}, {@code dcterms:created})
 * @param truncated the text cap was reached
 */
public record ExtractedText(
        String sha256,
        String mediaType,
        List<String> pages,
        boolean paged,
        Map<String, List<String>> metadata,
        boolean truncated,
        OcrStatus ocr) {

    public ExtractedText {
        pages = pages == null ? List.of() : List.copyOf(pages);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        ocr = ocr == null ? OcrStatus.NONE : ocr;
    }

    /** Characters of text over all pages. */
    public long chars() {
        long chars = 0;
        for (String page : pages) {
            chars += page.length();
        }
        return chars;
    }
}
