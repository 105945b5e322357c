package org.resourcelibrary.core.html;

/**
 * Escaping of text for HTML and XML. Control characters other than line breaks and tabs become spaces: XML 1.0
 * cannot hold them, and a space keeps the words on either side apart.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for an element's content or an attribute in either kind of quotes. */
    public static String escape(CharSequence text) {
        return escape(text, true);
    }

    /**
     * Escapes text for an element's content or a double-quoted attribute, leaving apostrophes as they are (so
     * generated documents keep them as written).
     */
    public static String escapeKeepingApostrophes(CharSequence text) {
        return escape(text, false);
    }

    private static String escape(CharSequence text, boolean apostrophes) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophes ? "&#39;" : "'");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
