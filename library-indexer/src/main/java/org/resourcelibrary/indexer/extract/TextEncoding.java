package org.resourcelibrary.indexer.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What bytes of text say about their own encoding, before any statistical guess: a byte-order mark, and
 * whether they are valid UTF-8. Text that decodes as strict UTF-8 is UTF-8 (a legacy 8-bit text with
 * accents is almost never valid UTF-8 by chance); statistical detectors, on short text, are not that sure.
 * Used for extracted text and for the librarian's manifest alike.
 */
public final class TextEncoding {

    /** Windows' Western European code page: what Excel and Notepad save when not told to use UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Characters decoded per step while checking UTF-8 validity. */
    private static final int DECODE_CHUNK_CHARS = 4_096;

    private TextEncoding() {
    }

    /** A byte-order mark at the start of text: the encoding it announces and its length in bytes. */
    public record Bom(Charset charset, int length) {
    }

    /** The byte-order mark the first {@code length} bytes start with (UTF-8, UTF-16LE or UTF-16BE), if any. */
    public static Optional<Bom> bom(byte[] bytes, int length) {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    /**
     * Whether the first {@code length} bytes are valid UTF-8 (no overlong forms, no surrogates).
     *
     * @param whole false when the bytes are only the start of the text, so a character cut at the end is
     *              not an error
     */
    public static boolean isUtf8(byte[] bytes, int length, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(DECODE_CHUNK_CHARS);
        while (true) {
            CoderResult result = decoder.decode(in, out, whole);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !whole || decoder.flush(out.clear()).isUnderflow();
            }
            out.clear();
        }
    }

    /**
     * Decodes all of {@code bytes} strictly in {@code charset}, skipping a byte-order mark.
     *
     * @throws CharacterCodingException when the bytes are not text in that encoding
     */
    public static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        int start = bom(bytes, bytes.length).filter(bom -> bom.charset().equals(charset))
                .map(Bom::length).orElse(0);
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    /**
     * The encoding to read text in when a detector names ISO-8859-1 or US-ASCII for bytes that are not
     * UTF-8: Windows-1252, which reads the same letters and also the curly quotes, dashes and euro sign that
     * ISO-8859-1 turns into control characters (browsers do the same).
     */
    public static Charset western(Charset guess) {
        return guess.equals(StandardCharsets.ISO_8859_1) || guess.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : guess;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
