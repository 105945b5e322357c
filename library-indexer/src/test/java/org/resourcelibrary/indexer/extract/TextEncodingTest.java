package org.resourcelibrary.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final byte[] GUIA_UTF8 = "Guía de supervisión".getBytes(StandardCharsets.UTF_8);

    @Test
    void accentedUtf8IsUtf8() {
        assertThat(TextEncoding.isUtf8(GUIA_UTF8, GUIA_UTF8.length, true)).isTrue();
    }

    @Test
    void accentedWindows1252IsNotUtf8() {
        byte[] bytes = "Guía de supervisión".getBytes(TextEncoding.WINDOWS_1252);

        assertThat(TextEncoding.isUtf8(bytes, bytes.length, true)).isFalse();
    }

    @Test
    void aCharacterCutAtTheEndOfAStartIsNotAnError() {
        int cut = "Gu".length() + 1;

        assertThat(TextEncoding.isUtf8(GUIA_UTF8, cut, false)).isTrue();
        assertThat(TextEncoding.isUtf8(GUIA_UTF8, cut, true)).isFalse();
    }

    @Test
    void overlongFormsAreNotUtf8() {
        byte[] overlongSlash = {'a', (byte) 0xC0, (byte) 0xAF};

        assertThat(TextEncoding.isUtf8(overlongSlash, overlongSlash.length, true)).isFalse();
    }

    @Test
    void byteOrderMarksNameTheirEncoding() {
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        byte[] utf16be = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};

        assertThat(TextEncoding.bom(utf16le, utf16le.length)).hasValue(
                new TextEncoding.Bom(StandardCharsets.UTF_16LE, 2));
        assertThat(TextEncoding.bom(utf16be, utf16be.length)).hasValue(
                new TextEncoding.Bom(StandardCharsets.UTF_16BE, 2));
        assertThat(TextEncoding.bom(utf8, utf8.length)).hasValue(new TextEncoding.Bom(StandardCharsets.UTF_8, 3));
        assertThat(TextEncoding.bom(GUIA_UTF8, GUIA_UTF8.length)).isEmpty();
    }

    @Test
    void decodeSkipsTheByteOrderMark() throws CharacterCodingException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'f', 'i', 'l', 'e'};

        assertThat(TextEncoding.decode(bytes, StandardCharsets.UTF_8)).isEqualTo("file");
    }

    @Test
    void bytesWindows1252LeavesUndefinedAreRefused() {
        byte[] bytes = {'a', (byte) 0x81, 'b'};

        assertThatThrownBy(() -> TextEncoding.decode(bytes, TextEncoding.WINDOWS_1252))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void latinGuessesReadAsWindows1252() {
        assertThat(TextEncoding.western(StandardCharsets.ISO_8859_1)).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(TextEncoding.western(StandardCharsets.UTF_16LE)).isEqualTo(StandardCharsets.UTF_16LE);
    }
}
