package org.resourcelibrary.indexer.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into words for phrase matching: each word's comparison key (lower case, accents and a final
 * plural s removed, ligatures spelled out) and its shape (lower case, capitalised, all capitals).
 * Immutable.
 */
final class Tokens {

    static final byte LOWER = 0;
    static final byte CAPITALISED = 1;
    static final byte UPPER = 2;

    /** Words shorter than this keep a final s: "us", "bus" and "gas" are not plurals of anything useful. */
    private static final int MIN_PLURAL_LENGTH = 4;
    /** Characters folded through a table built once; beyond it (rare in en/fr/es/pt) folding is per word. */
    private static final int FOLD_TABLE_SIZE = 0x250;
    private static final String[] FOLD_TABLE = foldTable();

    private final String[] keys;
    private final byte[] shapes;
    private final boolean caseless;

    private Tokens(List<String> keys, List<Byte> shapes, boolean caseless) {
        this.keys = keys.toArray(new String[0]);
        this.shapes = new byte[shapes.size()];
        for (int i = 0; i < this.shapes.length; i++) {
            this.shapes[i] = shapes.get(i);
        }
        this.caseless = caseless;
    }

    static Tokens of(CharSequence text) {
        return cut(text, false);
    }

    /** The words of a text whose letter case says nothing (a file name): every shape matches. */
    static Tokens caseless(CharSequence text) {
        return cut(text, true);
    }

    int size() {
        return keys.length;
    }

    String key(int index) {
        return keys[index];
    }

    /** Whether the word at {@code index} has the shape a phrase word of shape {@code wanted} asks for. */
    boolean fits(int index, byte wanted) {
        if (caseless || wanted == LOWER) {
            return true;
        }
        return wanted == CAPITALISED ? shapes[index] != LOWER : shapes[index] == UPPER;
    }

    byte shape(int index) {
        return shapes[index];
    }

    private static Tokens cut(CharSequence text, boolean caseless) {
        int end = text.length();
        List<String> keys = new ArrayList<>();
        List<Byte> shapes = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int letters = 0;
        int capitals = 0;
        boolean firstCapital = false;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (Character.isLetter(c)) {
                    boolean capital = Character.isUpperCase(c);
                    if (letters == 0) {
                        firstCapital = capital;
                    }
                    letters++;
                    capitals += capital ? 1 : 0;
                }
                appendFolded(word, c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // an accent written apart from its letter: part of the word, dropped like the others
            } else if (word.length() > 0) {
                keys.add(key(word));
                shapes.add(letters >= 2 && capitals == letters ? UPPER : firstCapital ? CAPITALISED : LOWER);
                word.setLength(0);
                letters = 0;
                capitals = 0;
                firstCapital = false;
            }
        }
        return new Tokens(keys, shapes, caseless);
    }

    private static String key(StringBuilder word) {
        int length = word.length();
        if (length >= MIN_PLURAL_LENGTH && word.charAt(length - 1) == 's' && word.charAt(length - 2) != 's') {
            length--;
        }
        return word.substring(0, length);
    }

    private static void appendFolded(StringBuilder out, char c) {
        if (c < 128) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else if (c < FOLD_TABLE_SIZE) {
            out.append(FOLD_TABLE[c]);
        } else {
            out.append(fold(c));
        }
    }

    private static String[] foldTable() {
        String[] table = new String[FOLD_TABLE_SIZE];
        for (char c = 0; c < FOLD_TABLE_SIZE; c++) {
            table[c] = fold(c);
        }
        return table;
    }

    private static String fold(char c) {
        switch (Character.toLowerCase(c)) {
            case 'œ':
                return "oe";
            case 'æ':
                return "ae";
            case 'ß':
                return "ss";
            case 'ø':
                return "o";
            default:
                break;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(1);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                out.append(Character.toLowerCase(d));
            }
        }
        return out.toString();
    }
}
