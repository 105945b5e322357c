package org.resourcelibrary.indexer.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Cues;

/**
 * Infers a document's resource type: first from the words that name a kind of document in its title, file
 * path and cover ("toolkit", "guía", "boletim", "policy brief"), then from the same words in the text (by
 * density, counting little), then from its format (slides are presentations, plain text is often notes).
 * Thread-safe.
 */
final class TypeInference {

    static final Evidence.Weights NAMING = new Evidence.Weights(3, 0, 2, 1, 0, 0);
    static final Evidence.Weights BODY = new Evidence.Weights(0, 0, 0, 0, 1, 1);
    /** How much the cues of a thousand words of text weigh against one in the title. */
    static final double BODY_WEIGHT = 0.2;

    /** Every place either weighting reads, for the evidence (the cover is part of the first page). */
    static final Evidence.Weights PLACES = new Evidence.Weights(1, 0, 1, 0, 1, 1);
    /** Cues from which a type's evidence is strong. */
    static final int STRONG_CUES = 2;

    /** What a file's format says about its type, by media type (without parameters), and how strongly. */
    private static final Map<String, Prior> FORMAT_PRIORS = formatPriors();

    private record Prior(String type, double weight) {
    }

    private final PhraseMatcher cues;

    TypeInference(Cues cues) {
        this.cues = new PhraseMatcher(cues.types());
    }

    Optional<String> infer(Evidence evidence) {
        Map<String, Double> scores = new HashMap<>(evidence.scores(cues, NAMING));
        double units = evidence.densityUnits();
        evidence.scores(cues, BODY)
                .forEach((code, score) -> scores.merge(code, BODY_WEIGHT * score / units, Double::sum));
        Prior prior = evidence.mediaType() == null ? null : FORMAT_PRIORS.get(baseType(evidence.mediaType()));
        if (prior != null) {
            scores.merge(prior.type(), prior.weight(), Double::sum);
        }
        List<String> best = Standouts.BEST.of(scores);
        return best.isEmpty() ? Optional.empty() : Optional.of(best.get(0));
    }

    /**
     * The evidence for {@code type}: weak when it rests on a single cue, or on the file's format alone.
     */
    InferredValue evidence(Evidence evidence, String type) {
        List<Clue> clues = evidence.clues(cues, List.of(type), PLACES).get(type);
        if (clues.isEmpty() && evidence.mediaType() != null) {
            return InferredValue.of(MetadataField.TYPE, type, new Clue(baseType(evidence.mediaType()), Clue.FORMAT,
                    null), InferredValue.Strength.WEAK);
        }
        return InferredValue.of(MetadataField.TYPE, type, clues, STRONG_CUES);
    }

    private static String baseType(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Prior> formatPriors() {
        Prior slides = new Prior("presentation-webinar", 4);
        Prior sheet = new Prior("assessment-tool", 2);
        Prior document = new Prior("report", 1);
        Map<String, Prior> priors = new HashMap<>();
        priors.put("application/vnd.openxmlformats-officedocument.presentationml.presentation", slides);
        priors.put("application/vnd.ms-powerpoint", slides);
        priors.put("application/vnd.oasis.opendocument.presentation", slides);
        priors.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
        priors.put("application/vnd.ms-excel", sheet);
        priors.put("application/vnd.oasis.opendocument.spreadsheet", sheet);
        priors.put("text/csv", sheet);
        priors.put("application/pdf", document);
        priors.put("application/msword", document);
        priors.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document);
        priors.put("application/vnd.oasis.opendocument.text", document);
        priors.put("application/rtf", document);
        priors.put("text/html", new Prior("newsletter-brief", 1));
        priors.put("text/plain", new Prior("gray-literature", 1));
        return Map.copyOf(priors);
    }
}
