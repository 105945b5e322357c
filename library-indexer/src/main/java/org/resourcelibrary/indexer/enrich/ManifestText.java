package org.resourcelibrary.indexer.enrich;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.resourcelibrary.indexer.extract.TextEncoding;

/**
 * A manifest's bytes as text. Spreadsheets arrive in whatever encoding the librarian's program saved: UTF-8
 * (with Excel's byte-order mark or without), UTF-16 with a byte-order mark ("Unicode text"), or Windows-1252
 * (Excel's plain "CSV" on Western European Windows). Text in none of these is refused rather than guessed.
 *
 * @param text     the decoded text, without a byte-order mark
 * @param encoding the encoding it was read in
 * @param note     what was assumed, when the bytes did not say (Windows-1252 is a guess: Mac Roman or
 *                 ISO-8859-15 read almost the same)
 */
record ManifestText(String text, Charset encoding, Optional<String> note) {

    /**
     * @throws ManifestException when the bytes are not text in any encoding read (a binary file, or UTF-16
     *                           without a byte-order mark)
     */
    static ManifestText decode(byte[] bytes) throws ManifestException {
        Optional<TextEncoding.Bom> bom = TextEncoding.bom(bytes, bytes.length);
        if (bom.isPresent()) {
            return strict(bytes, bom.get().charset(), Optional.empty());
        }
        if (TextEncoding.isUtf8(bytes, bytes.length, true)) {
            return strict(bytes, StandardCharsets.UTF_8, Optional.empty());
        }
        return strict(bytes, TextEncoding.WINDOWS_1252, Optional.of("not UTF-8, read as Windows-1252 (as Excel "
                + "saves \"CSV\"); if accented letters come out wrong, save the sheet as \"CSV UTF-8\""));
    }

    private static ManifestText strict(byte[] bytes, Charset encoding, Optional<String> note)
            throws ManifestException {
        try {
            String text = TextEncoding.decode(bytes, encoding);
            if (text.chars().anyMatch(ManifestText::binary)) {
                throw notText();
            }
            return new ManifestText(text, encoding, note);
        } catch (CharacterCodingException e) {
            throw notText();
        }
    }

    /** Control characters other than tab, line feed and carriage return: never in a spreadsheet's text. */
    private static boolean binary(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static ManifestException notText() {
        return new ManifestException("not a text file: its bytes are neither UTF-8, UTF-16 with a byte-order "
                + "mark, nor Windows-1252; save the sheet as \"CSV UTF-8\"");
    }
}
