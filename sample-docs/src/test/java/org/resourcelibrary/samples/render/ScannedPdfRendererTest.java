package org.resourcelibrary.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.samples.Fixtures;
import org.resourcelibrary.samples.source.Format;
import org.resourcelibrary.samples.source.SourceDocument;

class ScannedPdfRendererTest {

    private static final SourceDocument SOURCE = Fixtures.of(Format.SCANNED_PDF);
    private static byte[] scanned;

    @BeforeAll
    static void render() throws IOException {
        scanned = Renderers.standard().of(Format.SCANNED_PDF).render(SOURCE);
    }

    @Test
    void hasNoTextLayerAtAll() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(scanned)) {
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
        }
    }

    @Test
    void eachPageIsOneGreyscaleImageAtScanResolution() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(scanned)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(SOURCE.pages().size());
            for (PDPage page : pdf.getPages()) {
                COSName name = page.getResources().getXObjectNames().iterator().next();
                PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
                assertThat(image.getWidth()).isEqualTo(Math.round(PageLayout.PAGE_WIDTH * ScanCanvas.DPI / 72f));
                assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(1);
            }
        }
    }
}
