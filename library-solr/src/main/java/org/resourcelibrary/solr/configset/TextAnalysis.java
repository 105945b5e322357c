package org.resourcelibrary.solr.configset;

import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.schema.Analysis;

/**
 * Each analysis of {@link Analysis} as the chain of Solr factories that does the same: the same tokenizer and
 * filters, in the same order, with the same word lists (written into the configset from Lucene's own files by
 * {@link Configset}). {@code ConfigsetAnalysisTest} analyses sample strings through both and compares the tokens,
 * so a change to one side that the other does not follow fails the build.
 */
public final class TextAnalysis {

    /** The field type of the language-neutral text fields. */
    public static final String NEUTRAL = "text_neutral";

    /** One factory of a chain, with its attributes. */
    public record Step(String factory, Map<String, String> attributes) {
        Step(String factory) {
            this(factory, Map.of());
        }
    }

    private static final Step STANDARD = new Step("solr.StandardTokenizerFactory");
    private static final Step LOWER_CASE = new Step("solr.LowerCaseFilterFactory");
    private static final Step FOLDING = new Step("solr.ASCIIFoldingFilterFactory");

    private static final Map<String, List<Step>> LANGUAGE_CHAINS = Map.of(
            "en", List.of(STANDARD, new Step("solr.EnglishPossessiveFilterFactory"), LOWER_CASE, stop("en"),
                    new Step("solr.PorterStemFilterFactory"), FOLDING),
            "fr", List.of(STANDARD, new Step("solr.ElisionFilterFactory",
                            Map.of("articles", Configset.ELISIONS_FR, "ignoreCase", "true")), LOWER_CASE, stop("fr"),
                    new Step("solr.FrenchLightStemFilterFactory"), FOLDING),
            "es", List.of(STANDARD, LOWER_CASE, stop("es"), new Step("solr.SpanishLightStemFilterFactory"), FOLDING),
            "pt", List.of(STANDARD, LOWER_CASE, stop("pt"), new Step("solr.PortugueseLightStemFilterFactory"),
                    FOLDING));

    private TextAnalysis() {
    }

    /** The chain of the language-neutral analysis. */
    public static List<Step> neutral() {
        return List.of(STANDARD, LOWER_CASE, FOLDING);
    }

    /** The chain of one of {@link Analysis#LANGUAGES}. */
    public static List<Step> forLanguage(String language) {
        List<Step> chain = LANGUAGE_CHAINS.get(language);
        if (chain == null) {
            throw new IllegalArgumentException("no Solr analysis for language " + language
                    + ": add its chain here when Analysis gains it");
        }
        return chain;
    }

    /** The field type of a language's text fields. */
    public static String fieldType(String language) {
        return "text_" + language;
    }

    private static Step stop(String language) {
        return new Step("solr.StopFilterFactory", Map.of("words", Configset.stopWords(language), "format", "snowball"));
    }
}
