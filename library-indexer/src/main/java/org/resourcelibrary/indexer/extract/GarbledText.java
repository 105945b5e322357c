package org.resourcelibrary.indexer.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the characters of extracted text that show it was decoded wrongly, so that the ingest report can
 * point at documents whose words will not be found:
 * <ul>
 * <li>U+FFFD replacement characters and C1 control characters (Windows-1252 read as ISO-8859-1);</li>
 * <li>mojibake of UTF-8 read as Windows-1252: {@code Ã©}, {@code Â }, {@code â€™};</li>
 * <li>letters of a script that is not the document's: one that holds only a small share of its letters, or
 * one mixed into a word of the document's main script ({@code Gu铆a}: UTF-8 read as GB18030).</li>
 * </ul>
 * Han, Hiragana and Katakana count as one script, since Japanese mixes them within words.
 */
public final class GarbledText {

    /** A script holding less than this share of a document's letters is foreign to it. */
    static final double MIN_SCRIPT_SHARE = 0.1;
    /**
     * The second character of UTF-8's two-byte sequences starting C2 or C3 (Latin-1 letters) read as
     * Windows-1252 or ISO-8859-1 (the continuation bytes 80 to BF), and the three-byte punctuation of
     * E2 80 (curly quotes, dashes, ellipsis) read as {@code â€}.
     */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[ÂÃ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€.?");
    private static final char REPLACEMENT = '\uFFFD';

    private GarbledText() {
    }

    /** The number of garbled characters in {@code text}; 0 for text that reads right. */
    public static long count(String text) {
        Map<UnicodeScript, Integer> letters = letters(text);
        Set<UnicodeScript> scripts = documentScripts(letters);
        UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        long garbled = 0;
        int from = 0;
        Matcher mojibake = MOJIBAKE.matcher(text);
        while (mojibake.find()) {
            garbled += outOfPlace(text, from, mojibake.start(), scripts, main) + mojibake.group().length();
            from = mojibake.end();
        }
        return garbled + outOfPlace(text, from, text.length(), scripts, main);
    }

    /**
     * Garbled characters in {@code text[from, to)}: replacement and control characters, letters of a foreign
     * script, and letters of a minor script inside a word of the main one.
     */
    private static long outOfPlace(String text, int from, int to, Set<UnicodeScript> scripts, UnicodeScript main) {
        long garbled = 0;
        boolean wordHasMain = false;
        int wordForeign = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            UnicodeScript script = family(c);
            if (c == REPLACEMENT || (c >= 0x80 && c <= 0x9F)) {
                garbled++;
            }
            if (Character.isLetter(c) && script != null) {
                if (!scripts.contains(script)) {
                    garbled++;
                } else if (script != main) {
                    wordForeign++;
                }
                wordHasMain |= script == main;
            } else if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                garbled += wordHasMain ? wordForeign : 0;
                wordHasMain = false;
                wordForeign = 0;
            }
            i += Character.charCount(c);
        }
        return garbled + (wordHasMain ? wordForeign : 0);
    }

    /** The scripts that hold at least {@link #MIN_SCRIPT_SHARE} of the text's letters. */
    private static Set<UnicodeScript> documentScripts(Map<UnicodeScript, Integer> letters) {
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        letters.forEach((script, count) -> {
            if (count >= total * MIN_SCRIPT_SHARE) {
                scripts.add(script);
            }
        });
        return scripts;
    }

    private static Map<UnicodeScript, Integer> letters(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(c -> {
            UnicodeScript script = family(c);
            if (script != null) {
                letters.merge(script, 1, Integer::sum);
            }
        });
        return letters;
    }

    /** The script a character belongs to, Japanese kana counted as Han; null for shared characters. */
    private static UnicodeScript family(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        return switch (script) {
            case COMMON, INHERITED, UNKNOWN -> null;
            case HIRAGANA, KATAKANA -> UnicodeScript.HAN;
            default -> script;
        };
    }
}
