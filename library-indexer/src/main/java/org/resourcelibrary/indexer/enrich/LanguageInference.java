package org.resourcelibrary.indexer.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.enrich.InferredValue.Strength;

/**
 * Detects the language of a document with Tika's OpenNLP detector over a bounded sample of its text.
 * Thread-safe: the detector model is shared, the detector state is made per call (cheap once the model is
 * loaded).
 */
final class LanguageInference {

    /**
     * Characters of text the detector reads: a few paragraphs settle a document's language; more only costs
     * time (about a millisecond per thousand characters).
     */
    static final int SAMPLE_CHARS = 4_000;
    /** Below this many letters a text is too short to tell its language. */
    static final int MIN_LETTERS = 40;
    /**
     * A library language (en, fr, es, pt) scoring at least this share of the best guess is preferred to it:
     * close calls between neighbours (Portuguese and Galician, Spanish and Catalan) go to the languages
     * this library is written in.
     */
    static final double LIBRARY_LANGUAGE_SHARE = 0.85;
    /**
     * The detector's score (0 to 1, spread over a hundred languages, so that a clear text scores well below 1)
     * under which its best guess is weak evidence.
     */
    static final double CONFIDENT_SCORE = 0.15;
    /**
     * How many times the next guess's score the best guess must score to stand without a librarian's look: a
     * text between neighbours (Spanish and Galician) scores them close. Below it, under {@link #CONFIDENT_SCORE},
     * over fewer than {@link #CONFIDENT_LETTERS} letters, or when a library language was preferred to a better
     * guess, the language is queued for review.
     */
    static final double CONFIDENT_LEAD = 2.0;
    /** Letters of text below which a detection, however confident, rests on too little. */
    static final int CONFIDENT_LETTERS = 300;
    /** The detector's guesses shown as evidence, best first. */
    static final int GUESSES_SHOWN = 3;
    /** Characters of the text shown as the words the detector read. */
    static final int OPENING_CHARS = 100;

    /** OpenNLP answers in ISO 639-3; these are the codes it uses that the JDK does not map to 639-1. */
    private static final Map<String, String> MACRO_LANGUAGES = Map.of(
            "cmn", "zh", "pes", "fa", "zsm", "ms", "arb", "ar", "ekk", "et", "lvs", "lv", "nob", "no", "swh", "sw",
            "uzn", "uz", "azj", "az");
    private static final Map<String, String> ISO1_BY_ISO3 = iso1ByIso3();

    LanguageInference() {
        try {
            new OpenNLPDetector().loadModels();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language detection model", e);
        }
    }

    /** The ISO 639-1 language of {@code text}, or empty when it is too short or not a known language. */
    Optional<String> detect(String text) {
        return find(text).map(InferredValue::value);
    }

    /**
     * The language of {@code text}, as {@link #detect}, with its evidence: the detector's best guesses and their
     * scores, and the opening of the text it read.
     */
    Optional<InferredValue> find(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (DocumentText.letters(sample, MIN_LETTERS) < MIN_LETTERS) {
            return Optional.empty();
        }
        List<LanguageResult> results = detector().detectAll(sample);
        if (results.isEmpty()) {
            return Optional.empty();
        }
        LanguageResult best = results.get(0);
        LanguageResult chosen = best;
        for (LanguageResult result : results) {
            String code = iso1(result.getLanguage());
            if (code != null && Vocabulary.LABEL_LANGUAGES.contains(code)
                    && result.getRawScore() >= best.getRawScore() * LIBRARY_LANGUAGE_SHARE) {
                chosen = result;
                break;
            }
        }
        String language = iso1(chosen.getLanguage());
        if (language == null) {
            return Optional.empty();
        }
        double next = results.size() > 1 ? results.get(1).getRawScore() : 0;
        boolean confident = chosen == best && best.getRawScore() >= CONFIDENT_SCORE
                && best.getRawScore() >= next * CONFIDENT_LEAD
                && DocumentText.letters(sample, CONFIDENT_LETTERS) >= CONFIDENT_LETTERS;
        List<Clue> clues = List.of(new Clue(guesses(results), Clue.DETECTOR, null),
                new Clue(opening(sample), Clue.TEXT, null));
        return Optional.of(new InferredValue(MetadataField.LANGUAGE, language,
                confident ? Strength.STRONG : Strength.WEAK, clues.size(), clues));
    }

    /** The detector's first guesses with their scores: {@code fr 0.62, es 0.21, ca 0.05}. */
    private static String guesses(List<LanguageResult> results) {
        StringJoiner guesses = new StringJoiner(", ");
        for (LanguageResult result : results.subList(0, Math.min(GUESSES_SHOWN, results.size()))) {
            String code = iso1(result.getLanguage());
            guesses.add(String.format(Locale.ROOT, "%s %.2f", code == null ? result.getLanguage() : code,
                    result.getRawScore()));
        }
        return guesses.toString();
    }

    /** The first words of the text, up to {@link #OPENING_CHARS}, on one line. */
    private static String opening(String sample) {
        String line = sample.strip().replaceAll("\\s+", " ");
        if (line.length() <= OPENING_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', OPENING_CHARS);
        return line.substring(0, cut > 0 ? cut : OPENING_CHARS) + " …";
    }

    private static LanguageDetector detector() {
        try {
            return new OpenNLPDetector().loadModels();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language detection model", e);
        }
    }

    private static String iso1(String iso3) {
        return ISO1_BY_ISO3.get(iso3);
    }

    private static Map<String, String> iso1ByIso3() {
        Map<String, String> codes = new HashMap<>(MACRO_LANGUAGES);
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                codes.putIfAbsent(new Locale(iso1).getISO3Language(), iso1);
            } catch (MissingResourceException e) {
                // a language without a three-letter code cannot be an answer of the detector
            }
        }
        return Map.copyOf(codes);
    }
}
