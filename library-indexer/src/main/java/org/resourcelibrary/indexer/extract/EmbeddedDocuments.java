package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, embedded files, archive members) into their parent's text, as
 * Tika's {@link ParsingEmbeddedDocumentExtractor} does, while telling the {@link PageCollector} that the
 * text is embedded and refusing to descend deeper than a bound (a zip that contains itself).
 *
 * <p>Embedded images are not OCR'd: a slide deck or report with dozens of photos would cost a tesseract run
 * per photo (tens of seconds) for text that rarely matters. OCR is for the file's own images and scanned
 * pages.
 */
final class EmbeddedDocuments implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor delegate;
    private final ParseContext context;
    private final PageCollector collector;
    private final int maxDepth;
    private final TesseractOCRConfig noOcr = new TesseractOCRConfig();
    private int depth;

    EmbeddedDocuments(ParseContext context, PageCollector collector, int maxDepth) {
        this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        this.context = context;
        this.collector = collector;
        this.maxDepth = maxDepth;
        noOcr.setSkipOcr(true);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return depth < maxDepth && delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        TesseractOCRConfig ocr = context.get(TesseractOCRConfig.class);
        context.set(TesseractOCRConfig.class, noOcr);
        depth++;
        collector.enterEmbedded();
        try {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            collector.exitEmbedded();
            depth--;
            context.set(TesseractOCRConfig.class, ocr);
        }
    }
}
