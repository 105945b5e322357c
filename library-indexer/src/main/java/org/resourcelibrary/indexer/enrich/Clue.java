package org.resourcelibrary.indexer.enrich;

/**
 * One thing in a document that an inferred value rests on, as a librarian checks it: the words, where in the
 * document they are, and on which page.
 *
 * @param words the words as the cue or the line has them ("Zambia", "Published 2016")
 * @param place where they are: one of the {@code Clue} place names ({@link #TITLE}, {@link #COVER}…)
 * @param page  the page they are on, or null when the text has no pages or the place is not a page
 */
public record Clue(String words, String place, Integer page) {

    public static final String TITLE = "title";
    public static final String KEYWORDS = "keywords";
    public static final String PATH = "file path";
    public static final String COVER = "cover";
    public static final String FIRST_PAGE = "first page";
    public static final String TEXT = "text";
    public static final String FORMAT = "file format";
    /** The language detector's guesses and their scores, as its words. */
    public static final String DETECTOR = "language detector";
}
