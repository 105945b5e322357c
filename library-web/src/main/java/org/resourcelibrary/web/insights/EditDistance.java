package org.resourcelibrary.web.insights;

/** How many letters must be added, dropped or changed to turn one text into another (Levenshtein). */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b} when it is at most {@code max}; else {@code max + 1}. */
    static int within(String a, String b, int max) {
        if (max < 0 || Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
