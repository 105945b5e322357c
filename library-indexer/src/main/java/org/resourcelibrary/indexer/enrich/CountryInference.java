package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Cues;

/**
 * Infers the countries a document is about from mentions of their names, short forms, adjectives and
 * capitals in its language and in English. A mention in the title counts most, then keywords and file
 * path, then the first page; a country must stand out against the most mentioned one, so passing mentions
 * ("as in Malawi and Zimbabwe") do not count, and a document that only mentions countries in passing has
 * none. Thread-safe.
 */
final class CountryInference {

    static final Evidence.Weights WEIGHTS = new Evidence.Weights(10, 5, 5, 0, 3, 1);
    /**
     * The countries kept: below the minimum score (three mentions in the body, or one on the first page) a
     * country is a passing mention, as is one mentioned far less than the most mentioned one; beyond the
     * maximum, a document is about a region or the world, not about each country.
     */
    static final Standouts STANDOUTS = new Standouts(3, 0.2, 8);
    /**
     * Mentions per thousand words the most mentioned country needs when it is not in the title: a long
     * global document names countries as examples without being about them.
     */
    static final double MIN_DENSITY = 1.0;

    /** Mentions from which a country's evidence is strong: a country named once may be named in passing. */
    static final int STRONG_MENTIONS = 2;

    private final PhraseMatcher names;

    CountryInference(Cues cues) {
        this.names = new PhraseMatcher(cues.countryNames());
    }

    List<String> infer(Evidence evidence) {
        Map<String, Double> scores = evidence.scores(names, WEIGHTS);
        boolean inTitle = !names.scores(evidence.title(), evidence.cueLanguages()).isEmpty();
        if (!inTitle && Standouts.best(scores) < MIN_DENSITY * evidence.densityUnits()) {
            return List.of();
        }
        return STANDOUTS.of(scores);
    }

    /** The evidence for each of {@code countries}: weak for a country mentioned once. */
    List<InferredValue> evidence(Evidence evidence, List<String> countries) {
        List<InferredValue> values = new ArrayList<>();
        evidence.clues(names, countries, WEIGHTS).forEach((country, clues) ->
                values.add(InferredValue.of(MetadataField.COUNTRIES, country, clues, STRONG_MENTIONS)));
        return values;
    }
}
