package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.OcrStatus;

/** A word that exists only in a scanned page's pixels is found by OCR, or the file is flagged as needing it. */
class OcrTest {

    private static final String WORD = "Quixotic";

    @TempDir
    static Path dir;
    private static Path scan;
    private static Extractor withoutOcr;

    @BeforeAll
    static void start() throws IOException {
        scan = Documents.imageOnlyPdf(dir.resolve("scan.pdf"), WORD + " workforce survey 2019");
        withoutOcr = new Extractor(ExtractionSettings.defaults().withThreads(1).withOcr(OcrMode.OFF));
    }

    @AfterAll
    static void stop() {
        withoutOcr.close();
    }

    @Test
    void wordOnlyInTheImageOfAScannedPdfIsFoundByOcr() throws IOException {
        // CI installs tesseract (.ci/run): there the test must run; elsewhere it may be skipped.
        assumeTrue(OcrMode.tesseractAvailable() || "true".equals(System.getenv("CI")),
                "tesseract is not installed");
        try (Extractor extractor = new Extractor(ExtractionSettings.defaults().withThreads(1).withOcr(OcrMode.ON))) {
            ExtractionResult result = extractor.extract(scan);

            assertThat(result.ok()).as("%s", result).isTrue();
            assertThat(result.text().ocr()).isEqualTo(OcrStatus.PERFORMED);
            assertThat(result.text().pages()).hasSize(1);
            assertThat(result.text().pages().get(0)).contains(WORD);
        }
    }

    @Test
    void scannedPdfWithOcrOffIsFlaggedAsNeedingOcr() {
        ExtractionResult result = withoutOcr.extract(scan);

        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.text().ocr()).isEqualTo(OcrStatus.NEEDED);
        assertThat(result.text().pages()).singleElement().asString().doesNotContain(WORD);
    }

    @Test
    void textPdfWithOcrOffIsNotFlagged() throws IOException {
        Path text = Documents.pdf(dir.resolve("text.pdf"), List.of("A text layer, no scan"));

        assertThat(withoutOcr.extract(text).text().ocr()).isEqualTo(OcrStatus.NONE);
    }
}
