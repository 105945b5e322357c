package org.resourcelibrary.core.model;

import java.util.Map;

/**
 * How a file's text was obtained.
 *
 * @param mediaType  detected media type, e.g. {@code application/pdf}
 * @param chars      characters of text kept
 * @param pages      page (or slide) count for paged formats, otherwise {@code null}
 * @param truncated  the text cap was reached: the text read so far was kept
 * @param ocr        whether OCR was applied or would have been needed
 * @param properties document properties as found in the file (title, author, created, keywords…)
 */
public record Extraction(
        String mediaType,
        long chars,
        Integer pages,
        boolean truncated,
        OcrStatus ocr,
        Map<String, String> properties) {

    public Extraction {
        ocr = ocr == null ? OcrStatus.NONE : ocr;
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
