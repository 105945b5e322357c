package org.resourcelibrary.samples.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

/**
 * A scanned document: each page an image only (JPEG, as scanners save them), no text layer at all, so that
 * its text can only be had by OCR.
 */
final class ScannedPdfRenderer implements Renderer {

    static final float JPEG_QUALITY = 0.75f;

    @Override
    public Format format() {
        return Format.SCANNED_PDF;
    }

    @Override
    public byte[] render(SourceDocument document) throws IOException {
        ScanCanvas canvas = new ScanCanvas(document.metadata().file().hashCode());
        PageLayout.fitting(canvas, document.pages()).layout(document.pages());
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : canvas.finish()) {
                PDPage page = new PDPage(new PDRectangle(PageLayout.PAGE_WIDTH, PageLayout.PAGE_HEIGHT));
                pdf.addPage(page);
                PDImageXObject scan = JPEGFactory.createFromImage(pdf, image, JPEG_QUALITY, ScanCanvas.DPI);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    stream.drawImage(scan, 0, 0, PageLayout.PAGE_WIDTH, PageLayout.PAGE_HEIGHT);
                }
            }
            return PdfOutput.save(pdf, document.metadata());
        }
    }
}
