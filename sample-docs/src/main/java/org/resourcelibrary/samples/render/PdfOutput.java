package org.resourcelibrary.samples.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.resourcelibrary.samples.source.EmbeddedProperties;
import org.resourcelibrary.samples.source.SampleMetadata;

/**
 * Finishes a PDF: the document information dictionary from the source's {@code props.*}, and a file
 * identifier derived from the file name instead of the clock, so the bytes are reproducible.
 */
final class PdfOutput {

    private static final int ID_BYTES = 16;

    private PdfOutput() {
    }

    static byte[] save(PDDocument document, SampleMetadata metadata) throws IOException {
        document.setDocumentInformation(information(metadata.properties()));
        byte[] id = Arrays.copyOf(sha256(metadata.file()), ID_BYTES);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static PDDocumentInformation information(EmbeddedProperties props) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(props.title());
        info.setAuthor(props.author());
        info.setKeywords(props.keywords());
        info.setCreationDate(DocumentDates.calendar(props.created()));
        return info;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
