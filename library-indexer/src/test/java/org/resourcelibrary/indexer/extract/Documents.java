package org.resourcelibrary.indexer.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** Builds the documents the extraction tests read, so that each test states exactly what is in its file. */
final class Documents {

    private static final int SCAN_DPI = 300;
    private static final float POINTS_PER_INCH = 72f;

    private Documents() {
    }

    /** A PDF with one page per string, each a line of real (text-layer) text. */
    static Path pdf(Path file, List<String> pageTexts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 720);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF with a user password (needed to open it) or only an owner password (when userPassword is empty). */
    static Path protectedPdf(Path file, String text, String userPassword) throws IOException {
        pdf(file, List.of(text));
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A scanned-looking PDF: the text is drawn into a 300 dpi image, and the page has no text layer. */
    static Path imageOnlyPdf(Path file, String text) throws IOException {
        PDRectangle size = PDRectangle.LETTER;
        int width = Math.round(size.getWidth() / POINTS_PER_INCH * SCAN_DPI);
        int height = Math.round(size.getHeight() / POINTS_PER_INCH * SCAN_DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(Color.BLACK);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // 14 pt at 300 dpi.
            graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 14 * SCAN_DPI / 72));
            graphics.drawString(text, SCAN_DPI, SCAN_DPI * 2);
        } finally {
            graphics.dispose();
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(scan, 0, 0, size.getWidth(), size.getHeight());
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PPTX with one text box per slide. */
    static Path pptx(Path file, List<String> slideTexts) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : slideTexts) {
                XSLFSlide slide = show.createSlide();
                XSLFTextBox box = slide.createTextBox();
                box.setAnchor(new java.awt.geom.Rectangle2D.Double(50, 50, 600, 100));
                box.setText(text);
            }
            show.write(out);
        }
        return file;
    }

    /** A zip whose members hold the given bytes, in order. */
    static Path zip(Path file, Map<String, byte[]> members) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                out.putNextEntry(new ZipEntry(member.getKey()));
                out.write(member.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
