package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resourcelibrary.core.vocabulary.Cue;

/**
 * What inference looks at in one document, cut into words once: its title, keywords, path, first page and
 * later pages, and the language it is written in (if known). Immutable.
 *
 * @param language   ISO 639-1 language of the text, or {@code null} when unknown
 * @param bodyWords  words in the first and later pages
 * @param text       the text the pages come from, for their page numbers
 * @param titleOnPage whether the title was read off the first page, so that its words are no clue apart
 */
record Evidence(
        String language,
        Tokens title,
        Tokens keywords,
        Tokens path,
        Tokens cover,
        Tokens firstPage,
        List<Tokens> laterPages,
        int bodyWords,
        String mediaType,
        DocumentText text,
        boolean titleOnPage) {

    private static final String ENGLISH = "en";
    /** Cue counts in the text are compared per this many words, so that long documents do not win by length. */
    static final int WORDS_PER_DENSITY_UNIT = 1000;
    /** Longer cover lines are the start of the text, not the cover's headings. */
    static final int COVER_LINE_CHARS = 100;

    /** How much a cue found in each place counts. */
    record Weights(double title, double keywords, double path, double cover, double firstPage, double laterPages) {
    }

    static Evidence of(DocumentText text, String title, List<String> keywords, String path, String language,
                       String mediaType) {
        Tokens firstPage = Tokens.of(text.firstPage());
        List<Tokens> later = new ArrayList<>();
        int words = firstPage.size();
        for (String page : text.laterPages()) {
            Tokens tokens = Tokens.of(page);
            later.add(tokens);
            words += tokens.size();
        }
        return new Evidence(language, Tokens.of(title == null ? "" : title), Tokens.of(String.join("; ", keywords)),
                Tokens.caseless(path == null ? "" : path), Tokens.of(String.join("\n", shortLines(text.coverLines()))),
                firstPage, List.copyOf(later), words, mediaType, text, false);
    }

    private static List<String> shortLines(List<String> lines) {
        return lines.stream().filter(line -> line.length() <= COVER_LINE_CHARS).toList();
    }

    /** The length of the text in {@link #WORDS_PER_DENSITY_UNIT}s of words, at least one. */
    double densityUnits() {
        return Math.max(1, (double) bodyWords / WORDS_PER_DENSITY_UNIT);
    }

    /**
     * The languages whose cues count: the document's and English (quoted names, shared terms); English
     * alone when the language is unknown, as cues of every language would find false friends ("Indiana"
     * is a Portuguese adjective for India).
     */
    Set<String> cueLanguages() {
        return language == null || language.equals(ENGLISH) ? Set.of(ENGLISH) : Set.of(language, ENGLISH);
    }

    /** Summed cue weights by code over every place of the document, each place weighted as given. */
    Map<String, Double> scores(PhraseMatcher matcher, Weights weights) {
        Map<String, Double> scores = new HashMap<>();
        Set<String> languages = cueLanguages();
        add(scores, matcher.scores(title, languages), weights.title());
        add(scores, matcher.scores(keywords, languages), weights.keywords());
        add(scores, matcher.scores(path, languages), weights.path());
        if (weights.cover() > 0) {
            add(scores, matcher.scores(cover, languages), weights.cover());
        }
        add(scores, matcher.scores(firstPage, languages), weights.firstPage());
        for (Tokens page : laterPages) {
            add(scores, matcher.scores(page, languages), weights.laterPages());
        }
        return scores;
    }

    /** This evidence, knowing that its title was read off the first page. */
    Evidence titleReadFromPage() {
        return new Evidence(language, title, keywords, path, cover, firstPage, laterPages, bodyWords, mediaType, text,
                true);
    }

    /**
     * Where the cues of each of {@code codes} are found, place by place in the order of the document, in the
     * places {@code weights} counts (any weight but zero): one reading of the text for all the codes.
     */
    Map<String, List<Clue>> clues(PhraseMatcher matcher, Collection<String> codes, Weights weights) {
        Map<String, List<Clue>> clues = new LinkedHashMap<>();
        codes.forEach(code -> clues.put(code, new ArrayList<>()));
        if (!titleOnPage) {
            addClues(clues, matcher, title, weights.title(), Clue.TITLE, null);
        }
        addClues(clues, matcher, keywords, weights.keywords(), Clue.KEYWORDS, null);
        addClues(clues, matcher, path, weights.path(), Clue.PATH, null);
        addClues(clues, matcher, cover, weights.cover(), Clue.COVER, text.firstPageNumber());
        addClues(clues, matcher, firstPage, weights.firstPage(), Clue.FIRST_PAGE, text.firstPageNumber());
        for (int i = 0; i < laterPages.size(); i++) {
            addClues(clues, matcher, laterPages.get(i), weights.laterPages(), Clue.TEXT, text.laterPageNumber(i));
        }
        return clues;
    }

    private void addClues(Map<String, List<Clue>> into, PhraseMatcher matcher, Tokens place, double weight,
                          String placeName, Integer page) {
        if (weight == 0 || into.isEmpty()) {
            return;
        }
        for (Cue cue : matcher.find(place, cueLanguages())) {
            List<Clue> clues = into.get(cue.code());
            if (clues != null) {
                clues.add(new Clue(cue.phrase(), placeName, page));
            }
        }
    }

    private static void add(Map<String, Double> into, Map<String, Double> found, double weight) {
        if (weight != 0) {
            found.forEach((code, score) -> into.merge(code, score * weight, Double::sum));
        }
    }
}
