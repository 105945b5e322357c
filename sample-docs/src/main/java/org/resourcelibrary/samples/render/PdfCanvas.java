package org.resourcelibrary.samples.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Draws on the pages of a PDF with real text: embedded subsets of the bundled DejaVu Sans. */
final class PdfCanvas implements PageCanvas {

    private static final float RULE_WIDTH = 0.5f;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream stream;

    PdfCanvas(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(BundledFonts.SANS.bytes()), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BundledFonts.SANS_BOLD.bytes()),
                true);
    }

    @Override
    public float width(String text, Weight weight, float size) throws IOException {
        return font(weight).getStringWidth(text) / 1000f * size;
    }

    @Override
    public void text(float x, float baseline, String text, Weight weight, float size) throws IOException {
        stream.beginText();
        stream.setFont(font(weight), size);
        stream.newLineAtOffset(x, PageLayout.PAGE_HEIGHT - baseline);
        stream.showText(text);
        stream.endText();
    }

    @Override
    public void rule(float x1, float y1, float x2, float y2) throws IOException {
        stream.setLineWidth(RULE_WIDTH);
        stream.moveTo(x1, PageLayout.PAGE_HEIGHT - y1);
        stream.lineTo(x2, PageLayout.PAGE_HEIGHT - y2);
        stream.stroke();
    }

    @Override
    public void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(new PDRectangle(PageLayout.PAGE_WIDTH, PageLayout.PAGE_HEIGHT));
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
    }

    /** Closes the last page's content stream. */
    void finish() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private PDType0Font font(Weight weight) {
        return weight == Weight.BOLD ? bold : regular;
    }
}
