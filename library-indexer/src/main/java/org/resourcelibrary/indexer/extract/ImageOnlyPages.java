package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Tells whether a PDF has pages that are images without a text layer (scans), i.e. pages that only OCR
 * could read. Used when OCR is off, to flag such files {@code ocr: needed}.
 */
final class ImageOnlyPages {

    /** A page with fewer non-blank characters than this has, for a reader, no text. */
    static final int MIN_TEXT_CHARS_PER_PAGE = 10;
    /** Form XObjects nest; images deeper than this are not looked for. */
    private static final int MAX_FORM_DEPTH = 3;

    private ImageOnlyPages() {
    }

    /**
     * Whether any page whose extracted text is (nearly) empty draws an image.
     *
     * @param pages the text extracted per page, in page order
     */
    static boolean any(Path pdf, List<String> pages) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = Math.min(pages.size(), document.getNumberOfPages());
            for (int i = 0; i < count; i++) {
                if (nonBlankChars(pages.get(i)) < MIN_TEXT_CHARS_PER_PAGE
                        && drawsImage(document.getPage(i).getResources(), 0)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether text has fewer than {@link #MIN_TEXT_CHARS_PER_PAGE} non-blank characters. */
    static boolean blank(String text) {
        return nonBlankChars(text) < MIN_TEXT_CHARS_PER_PAGE;
    }

    private static int nonBlankChars(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_TEXT_CHARS_PER_PAGE; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean drawsImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && drawsImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
