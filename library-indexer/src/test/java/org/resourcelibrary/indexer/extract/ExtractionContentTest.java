package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.model.OcrStatus;
import org.resourcelibrary.core.store.BlobStore;

/** What an extracted file gives: its text page by page, embedded text, metadata, and typed failures. */
class ExtractionContentTest {

    @TempDir
    static Path dir;
    private static Extractor extractor;

    @BeforeAll
    static void start() throws IOException {
        extractor = new Extractor(ExtractionSettings.defaults().withThreads(2).withOcr(OcrMode.OFF));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void pdfGivesOneStringPerPage() throws IOException {
        Path pdf = Documents.pdf(dir.resolve("three-pages.pdf"),
                List.of("Planning the workforce", "Developing the workforce", "Supporting the workforce"));

        ExtractionResult result = extractor.extract(pdf);

        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.text().paged()).isTrue();
        assertThat(result.text().mediaType()).isEqualTo("application/pdf");
        assertThat(result.text().pages()).hasSize(3);
        assertThat(result.text().pages().get(0)).contains("Planning").doesNotContain("Developing");
        assertThat(result.text().pages().get(1)).contains("Developing").doesNotContain("Supporting");
        assertThat(result.text().pages().get(2)).contains("Supporting");
    }

    @Test
    void pptxGivesOneStringPerSlide() throws IOException {
        Path deck = Documents.pptx(dir.resolve("deck.pptx"),
                List.of("Case management basics", "Supervision of social workers"));

        ExtractionResult result = extractor.extract(deck);

        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.text().paged()).isTrue();
        assertThat(result.text().pages()).hasSize(2);
        assertThat(result.text().pages().get(0)).contains("Case management").doesNotContain("Supervision");
        assertThat(result.text().pages().get(1)).contains("Supervision");
    }

    @Test
    void embeddedFileTextIsPartOfItsParentsText() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("summary.txt", Documents.utf8("Alternative care summary"));
        members.put("annex/annex.txt", Documents.utf8("Annex on para professionals"));
        Path zip = Documents.zip(dir.resolve("bundle.zip"), members);

        ExtractionResult result = extractor.extract(zip);

        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.text().paged()).isFalse();
        assertThat(result.text().pages()).singleElement().asString()
                .contains("Alternative care summary").contains("Annex on para professionals");
    }

    @Test
    void textBeyondTheCapIsCutAndMarkedTruncated() throws IOException {
        int cap = 1_000;
        Path big = Files.writeString(dir.resolve("long.txt"), "workforce ".repeat(5_000));
        try (Extractor capped = new Extractor(ExtractionSettings.defaults().withThreads(1).withOcr(OcrMode.OFF)
                .withMaxChars(cap))) {
            ExtractionResult result = capped.extract(big);

            assertThat(result.ok()).as("%s", result).isTrue();
            assertThat(result.text().truncated()).isTrue();
            assertThat(result.text().chars()).isEqualTo(cap);
            assertThat(result.text().pages().get(0)).startsWith("workforce workforce");
        }
    }

    @Test
    void textUnderTheCapIsNotMarkedTruncated() throws IOException {
        ExtractionResult result = extractor.extract(Files.writeString(dir.resolve("short.txt"), "Child protection"));

        assertThat(result.ok()).isTrue();
        assertThat(result.text().truncated()).isFalse();
        assertThat(result.text().ocr()).isEqualTo(OcrStatus.NONE);
    }

    @Test
    void documentPropertiesAreReturnedAsMetadata() throws IOException {
        Path html = Files.writeString(dir.resolve("titled.html"),
                "<html><head><title>Workforce mapping guide</title></head><body><p>Body text</p></body></html>");

        ExtractionResult result = extractor.extract(html);

        assertThat(result.text().metadata()).containsEntry("dc:title", List.of("Workforce mapping guide"));
        assertThat(result.text().pages()).singleElement().asString().contains("Body text")
                .doesNotContain("Workforce mapping guide");
    }

    @Test
    void resultCarriesTheFilesContentHash() throws IOException {
        Path file = Files.writeString(dir.resolve("hashed.txt"), "Evidence and research");

        ExtractionResult result = extractor.extract(file);

        assertThat(result.text().sha256()).isEqualTo(BlobStore.sha256(file));
    }

    @Test
    void pdfLockedWithAUserPasswordFailsAsEncrypted() throws IOException {
        Path locked = Documents.protectedPdf(dir.resolve("locked.pdf"), "Secret plan", "open-sesame");

        ExtractionResult result = extractor.extract(locked);

        assertThat(result.reason()).as("%s", result).isEqualTo(FailureReason.ENCRYPTED);
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordOpens() throws IOException {
        Path restricted = Documents.protectedPdf(dir.resolve("restricted.pdf"), "Open legislation review", "");

        ExtractionResult result = extractor.extract(restricted);

        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.text().pages()).singleElement().asString().contains("Open legislation review");
    }

    @Test
    void emptyFileFailsAsEmpty() throws IOException {
        ExtractionResult result = extractor.extract(Files.createFile(dir.resolve("nothing.pdf")));

        assertThat(result.reason()).isEqualTo(FailureReason.EMPTY);
    }

    @Test
    void fileNoParserReadsFailsAsUnsupported() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);

        ExtractionResult result = extractor.extract(Files.write(dir.resolve("noise.bin"), noise));

        assertThat(result.reason()).as("%s", result).isEqualTo(FailureReason.UNSUPPORTED);
    }

    @Test
    void missingFileFailsAsUnreadable() {
        ExtractionResult result = extractor.extract(dir.resolve("gone.pdf"));

        assertThat(result.reason()).isEqualTo(FailureReason.UNREADABLE);
    }
}
