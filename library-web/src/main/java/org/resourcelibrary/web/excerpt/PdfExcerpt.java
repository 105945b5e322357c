package org.resourcelibrary.web.excerpt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Cuts pages from an original PDF into a new one whose first page says where they come from (title,
 * organisation, year, the document's address, the original's page numbers). The pages are the original's own,
 * copied whole (text, images, fonts), not re-rendered.
 */
public final class PdfExcerpt {

    /** Where the pages come from, as the note page tells it. */
    public record Source(String title, String organization, Integer year, String url) {
    }

    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 16;
    private static final float TEXT_SIZE = 11;
    private static final float LEADING = 1.4f;
    /** Written in one of PDF's standard fonts (no font file to embed), whose encoding lacks some scripts. */
    private static final char UNWRITABLE = '?';

    private PdfExcerpt() {
    }

    /**
     * The pages of {@code original}, after a note page.
     *
     * @throws ExcerptProblem when a page is past the original's end, or the original cannot be read or copied
     */
    public static byte[] cut(Path original, PageList pages, Source source) throws IOException, ExcerptProblem {
        // Pages are copied, not parsed for text: a temporary file rather than memory holds what is read.
        try (PDDocument from = load(original); PDDocument to = new PDDocument()) {
            int count = from.getNumberOfPages();
            if (pages.last() > count) {
                throw new ExcerptProblem(ExcerptProblem.Reason.OUT_OF_RANGE, "the document has " + count
                        + (count == 1 ? " page" : " pages") + "; page " + pages.last() + " is not one of them");
            }
            if (from.isEncrypted() && !from.getCurrentAccessPermission().canExtractContent()) {
                throw new ExcerptProblem(ExcerptProblem.Reason.UNREADABLE, "the original PDF does not permit"
                        + " copying its pages; download the whole file instead");
            }
            note(to, pages, count, source);
            for (int page : pages.pages()) {
                to.importPage(from.getPage(page - 1));
            }
            to.getDocumentInformation().setTitle(title(pages, source));
            if (from.isEncrypted()) {
                to.setAllSecurityToBeRemoved(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            to.save(out);
            return out.toByteArray();
        }
    }

    private static PDDocument load(Path original) throws IOException, ExcerptProblem {
        try {
            return Loader.loadPDF(original.toFile(), IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new ExcerptProblem(ExcerptProblem.Reason.UNREADABLE, "the original PDF is protected by a password");
        } catch (IOException e) {
            throw new ExcerptProblem(ExcerptProblem.Reason.UNREADABLE, "the original cannot be read as a PDF: "
                    + e.getMessage());
        }
    }

    static String title(PageList pages, Source source) {
        return (pages.pages().size() == 1 ? "Page " : "Pages ") + pages + " of " + source.title();
    }

    /** The note page: what these pages are and where the whole document is. */
    private static void note(PDDocument to, PageList pages, int count, Source source) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        to.addPage(page);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        List<Line> lines = new ArrayList<>();
        wrap(lines, bold, TITLE_SIZE, source.title(), width);
        String publisher = String.join(", ", Stream.of(source.organization(),
                source.year() == null ? null : source.year().toString()).filter(Objects::nonNull).toList());
        if (!publisher.isEmpty()) {
            wrap(lines, regular, TEXT_SIZE, publisher, width);
        }
        lines.add(new Line(regular, TEXT_SIZE, ""));
        wrap(lines, regular, TEXT_SIZE, "This file holds " + (pages.pages().size() == 1 ? "page " : "pages ")
                + pages + " of the " + count + (count == 1 ? " page" : " pages") + " of this document, in that"
                + " order, after this note. Page numbers are the original's.", width);
        lines.add(new Line(regular, TEXT_SIZE, ""));
        wrap(lines, regular, TEXT_SIZE, "The whole document: " + source.url(), width);
        try (PDPageContentStream text = new PDPageContentStream(to, page)) {
            text.beginText();
            text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
            for (Line line : lines) {
                text.setFont(line.font(), line.size());
                text.newLineAtOffset(0, -line.size() * LEADING);
                text.showText(line.text());
            }
            text.endText();
        }
    }

    private record Line(PDType1Font font, float size, String text) {
    }

    /** Words laid out in lines no wider than {@code width}; a word longer than a line (an address) is split. */
    private static void wrap(List<Line> lines, PDType1Font font, float size, String text, float width)
            throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : writable(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(new Line(font, size, line.toString()));
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(new Line(font, size, rest.substring(0, cut)));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(new Line(font, size, line.toString()));
        }
    }

    private static boolean encodable(PDType1Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            // The standard fonts' encoding (WinAnsi) has no code for it.
            return false;
        }
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with each character the font cannot write replaced, and white space made plain spaces. */
    private static String writable(PDType1Font font, String text) {
        StringBuilder written = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> {
            String character = Character.isWhitespace(c) ? " " : Character.toString(c);
            written.append(encodable(font, character) ? character : String.valueOf(UNWRITABLE));
        });
        return written.toString();
    }
}
