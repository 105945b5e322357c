package org.resourcelibrary.samples.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

/** A born-digital PDF: one page per source page, with a real text layer. */
final class PdfRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public byte[] render(SourceDocument document) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(pdf);
            PageLayout.fitting(canvas, document.pages()).layout(document.pages());
            canvas.finish();
            return PdfOutput.save(pdf, document.metadata());
        }
    }
}
