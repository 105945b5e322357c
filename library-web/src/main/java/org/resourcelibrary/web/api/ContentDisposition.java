package org.resourcelibrary.web.api;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} header values (RFC 6266): a plain ASCII {@code filename} for old clients and a
 * {@code filename*} in UTF-8 (RFC 8187) that keeps non-ASCII names such as {@code Boletim Lusófono.rtf} intact.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String inline(String fileName) {
        return "inline" + parameters(fileName);
    }

    static String attachment(String fileName) {
        return "attachment" + parameters(fileName);
    }

    private static String parameters(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        boolean plain = true;
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
            ascii.append(safe ? c : '_');
            plain &= safe;
        }
        String header = "; filename=\"" + ascii + '"';
        return plain ? header : header + "; filename*=UTF-8''" + encode(fileName);
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
