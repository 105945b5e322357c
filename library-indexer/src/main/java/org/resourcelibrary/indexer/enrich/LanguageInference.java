package org.resourcelibrary.indexer.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.resourcelibrary.core.vocabulary.Vocabulary;

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
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (DocumentText.letters(sample, MIN_LETTERS) < MIN_LETTERS) {
            return Optional.empty();
        }
        List<LanguageResult> results = detector().detectAll(sample);
        if (results.isEmpty()) {
            return Optional.empty();
        }
        LanguageResult best = results.get(0);
        for (LanguageResult result : results) {
            String code = iso1(result.getLanguage());
            if (code != null && Vocabulary.LABEL_LANGUAGES.contains(code)
                    && result.getRawScore() >= best.getRawScore() * LIBRARY_LANGUAGE_SHARE) {
                return Optional.of(code);
            }
        }
        return Optional.ofNullable(iso1(best.getLanguage()));
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
