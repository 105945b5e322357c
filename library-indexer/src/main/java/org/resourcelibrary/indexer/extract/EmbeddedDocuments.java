package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, embedded files, archive members) into their parent's text, as
 * Tika's {@link ParsingEmbeddedDocumentExtractor} does, while telling the {@link PageCollector} that the
 * text is embedded and refusing to descend deeper than a bound (a zip that contains itself).
 */
final class EmbeddedDocuments implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor delegate;
    private final PageCollector collector;
    private final int maxDepth;
    private int depth;

    EmbeddedDocuments(ParseContext context, PageCollector collector, int maxDepth) {
        this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        this.collector = collector;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return depth < maxDepth && delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        depth++;
        collector.enterEmbedded();
        try {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            collector.exitEmbedded();
            depth--;
        }
    }
}
