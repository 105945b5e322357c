package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.resourcelibrary.core.store.ExtractedText;

/**
 * The part of a document's text that inference reads: at most {@link #MAX_CHARS} characters, with the
 * first page (where a cover shows title, publisher and date) apart from the rest. Immutable.
 */
final class DocumentText {

    /** Inference reads no further: enough to judge a document, and a bound on work per file. */
    static final int MAX_CHARS = 200_000;
    /** What counts as the first page of a text without real pages (word processing, HTML, plain text). */
    static final int FIRST_PAGE_CHARS = 3_000;
    /** A first page with fewer letters than this (a cover image, a blank page) gives way to the next. */
    static final int MIN_PAGE_LETTERS = 10;
    /** Lines of the first page read as its cover: title, publisher, place and date. */
    static final int COVER_LINES = 15;
    /** A line with this many words that ends a sentence, or runs on into the next line, is prose. */
    static final int PROSE_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;,]$|\\p{Ll}[.!?] \\p{Lu}");

    private final String firstPage;
    private final List<String> laterPages;
    /** The first page's number in the document, or null when the text has no pages. */
    private final Integer firstPageNumber;
    /** Whether each later page is a page of the document (rather than the rest of an unpaged text). */
    private final boolean laterAreWholePages;

    private DocumentText(String firstPage, List<String> laterPages, Integer firstPageNumber,
                         boolean laterAreWholePages) {
        this.firstPage = firstPage;
        this.laterPages = List.copyOf(laterPages);
        this.firstPageNumber = firstPageNumber;
        this.laterAreWholePages = laterAreWholePages;
    }

    static DocumentText of(ExtractedText text) {
        return of(text.pages(), text.paged());
    }

    static DocumentText of(List<String> pages, boolean paged) {
        List<String> bounded = new ArrayList<>();
        int budget = MAX_CHARS;
        for (String page : pages) {
            if (budget <= 0) {
                break;
            }
            String kept = page.length() > budget ? page.substring(0, budget) : page;
            budget -= kept.length();
            bounded.add(kept);
        }
        int first = 0;
        while (first < bounded.size() - 1 && letters(bounded.get(first), MIN_PAGE_LETTERS) < MIN_PAGE_LETTERS) {
            first++;
        }
        if (bounded.isEmpty()) {
            return new DocumentText("", List.of(), null, false);
        }
        if (paged && bounded.size() > 1) {
            return new DocumentText(bounded.get(first), bounded.subList(first + 1, bounded.size()), first + 1, true);
        }
        String all = String.join("\n", bounded.subList(first, bounded.size()));
        int cut = firstPageEnd(all);
        return new DocumentText(all.substring(0, cut), cut < all.length() ? List.of(all.substring(cut)) : List.of(),
                paged ? 1 : null, false);
    }

    /** The number of the page read as the first page, or null when the text has no pages. */
    Integer firstPageNumber() {
        return firstPageNumber;
    }

    /** The page number of later page {@code index}, or null when the text has no pages. */
    Integer laterPageNumber(int index) {
        if (firstPageNumber == null) {
            return null;
        }
        return laterAreWholePages ? firstPageNumber + 1 + index : firstPageNumber;
    }

    String firstPage() {
        return firstPage;
    }

    List<String> laterPages() {
        return laterPages;
    }

    /**
     * The first lines of the first page that are not running text, trimmed: title, subtitle, publisher,
     * place and date, headings. Lines of prose (sentences, and lines a paragraph wraps over) are left out.
     */
    List<String> coverLines() {
        List<String> lines = new ArrayList<>();
        String[] all = firstPage.split("\\R");
        for (int i = 0; i < all.length && lines.size() < COVER_LINES; i++) {
            String line = all[i].strip();
            if (!line.isEmpty() && !isProse(line, i + 1 < all.length ? all[i + 1].strip() : "")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A sentence, or a line wrapped into the next one (which goes on in lower case). */
    private static boolean isProse(String line, String next) {
        int words = line.split("\\s+").length;
        return words >= PROSE_WORDS && (SENTENCE_END.matcher(line).find()
                || !next.isEmpty() && Character.isLowerCase(next.charAt(0)));
    }

    /** Whether {@code phrase} occurs in the text as written (case and spacing included). */
    boolean contains(String phrase) {
        return firstPage.contains(phrase) || laterPages.stream().anyMatch(page -> page.contains(phrase));
    }

    /**
     * Whether line {@code next} comes right after line {@code line} on the first page (blank lines aside),
     * with no line of running text, left out of the cover lines, between them.
     */
    boolean followsOnFirstPage(String line, String next) {
        return Pattern.compile(Pattern.quote(line) + "[ \\t]*\\R\\s*" + Pattern.quote(next)).matcher(firstPage).find();
    }

    /** The first {@code maxChars} characters of the text, first page first. */
    String sample(int maxChars) {
        StringBuilder sample = new StringBuilder(firstPage.substring(0, Math.min(firstPage.length(), maxChars)));
        for (String page : laterPages) {
            if (sample.length() >= maxChars) {
                break;
            }
            sample.append('\n').append(page, 0, Math.min(page.length(), maxChars - sample.length()));
        }
        return sample.toString();
    }

    /** The end of the first page of unpaged text: the first line break after {@link #FIRST_PAGE_CHARS}. */
    private static int firstPageEnd(String text) {
        if (text.length() <= FIRST_PAGE_CHARS) {
            return text.length();
        }
        int lineBreak = text.indexOf('\n', FIRST_PAGE_CHARS);
        return lineBreak < 0 || lineBreak > 2 * FIRST_PAGE_CHARS ? FIRST_PAGE_CHARS : lineBreak;
    }

    /** The letters in {@code text}, counted up to {@code enough}. */
    static int letters(String text, int enough) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < enough; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
