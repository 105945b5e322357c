package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.vocabulary.Cues;

/**
 * Infers a document's topics from the keyword cues of each topic: cues in the title and keywords count
 * most; cues in the text count by density (per thousand words), so a long document does not collect every
 * topic. The topics that stand out are kept, at most {@link #STANDOUTS}'s maximum. Thread-safe.
 */
final class TopicInference {

    /** Places in the text: the first page counts double, as it says what the document is about. */
    static final Evidence.Weights BODY = new Evidence.Weights(0, 0, 0, 0, 2, 1);
    static final Evidence.Weights HEADLINE = new Evidence.Weights(1, 0.5, 0.5, 0, 0, 0);
    /** How much a cue in the title (and half that in keywords or file path) weighs against text density. */
    static final double HEADLINE_WEIGHT = 8;
    /** The topics kept: those that stand out, so that a document is not filed under every topic it touches. */
    static final Standouts STANDOUTS = new Standouts(4, 0.4, 4);

    /** Every place either weighting reads, for the evidence. */
    static final Evidence.Weights PLACES = new Evidence.Weights(1, 1, 1, 0, 1, 1);
    /** Cues from which a topic's evidence is strong: one cue may be a word used in passing. */
    static final int STRONG_CUES = 2;

    private final PhraseMatcher cues;

    TopicInference(Cues cues) {
        this.cues = new PhraseMatcher(cues.topics());
    }

    List<String> infer(Evidence evidence) {
        Map<String, Double> scores = new HashMap<>();
        double units = evidence.densityUnits();
        evidence.scores(cues, BODY).forEach((code, score) -> scores.merge(code, score / units, Double::sum));
        evidence.scores(cues, HEADLINE)
                .forEach((code, score) -> scores.merge(code, score * HEADLINE_WEIGHT, Double::sum));
        return STANDOUTS.of(scores);
    }

    /** The evidence for each of {@code topics}: weak for a topic resting on a single cue. */
    List<InferredValue> evidence(Evidence evidence, List<String> topics) {
        List<InferredValue> values = new ArrayList<>();
        evidence.clues(cues, topics, PLACES).forEach((topic, clues) ->
                values.add(InferredValue.of(MetadataField.TOPICS, topic, clues, STRONG_CUES)));
        return values;
    }
}
