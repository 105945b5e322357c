package org.resourcelibrary.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * The encoding of plain text, HTML, CSV and e-mail bodies, decided in the order that cannot mislead: the
 * charset the document declares (a MIME part's header, an HTML meta tag), then a byte-order mark, then
 * strict UTF-8 validity, and only then Tika's statistical guess. Tika's default chain guesses first, and on
 * short accented text in UTF-8 it can pick GB18030 ("Guía" became "Gu铆a").
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {

    /**
     * Bytes checked for UTF-8 validity: enough to reach the first accented letter of nearly any text
     * (past this, a text that was plain ASCII so far is taken as UTF-8).
     */
    static final int UTF8_CHECK_BYTES = 1 << 20;
    private static final long serialVersionUID = 1L;

    private final EncodingDetector htmlMeta = new HtmlEncodingDetector();
    private final EncodingDetector statistical = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset declared = declared(metadata);
        if (declared != null) {
            return declared;
        }
        if (input == null) {
            return null;
        }
        Charset inHtml = htmlMeta.detect(input, metadata);
        if (inHtml != null) {
            return TextEncoding.western(inHtml);
        }
        byte[] start = new byte[UTF8_CHECK_BYTES];
        input.mark(UTF8_CHECK_BYTES);
        int length;
        try {
            length = input.readNBytes(start, 0, UTF8_CHECK_BYTES);
        } finally {
            input.reset();
        }
        var bom = TextEncoding.bom(start, length);
        if (bom.isPresent()) {
            return bom.get().charset();
        }
        if (TextEncoding.isUtf8(start, length, length < UTF8_CHECK_BYTES)) {
            return StandardCharsets.UTF_8;
        }
        Charset guess = statistical.detect(input, metadata);
        return guess == null ? TextEncoding.WINDOWS_1252 : TextEncoding.western(guess);
    }

    /**
     * The charset a MIME header declares for this part. A declared US-ASCII says nothing (mail programs
     * write it by default, also over 8-bit bodies), so the bytes decide.
     */
    private static Charset declared(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String name = type == null ? null : type.getParameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip());
            return charset.equals(StandardCharsets.US_ASCII) ? null : TextEncoding.western(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
