package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which codes stand out from a document's scores: those scoring at least {@code minScore} and at least
 * {@code relative} times the best score, best first (ties by code, so the result is stable), at most
 * {@code max}. The one shape of choice shared by the inferences that score every code of a vocabulary.
 *
 * @param minScore below this a code is a passing mention, however it compares with the others
 * @param relative a code scoring less than this share of the best one is mentioned in passing
 * @param max      more codes than this and the document is about something wider than each of them
 */
record Standouts(double minScore, double relative, int max) {

    /** The single best code, whatever its score (ties by code). */
    static final Standouts BEST = new Standouts(0, 1, 1);

    /** The best score, or 0 when there is none. */
    static double best(Map<String, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The codes that stand out, best first. */
    List<String> of(Map<String, Double> scores) {
        double threshold = Math.max(minScore, best(scores) * relative);
        List<Map.Entry<String, Double>> kept = new ArrayList<>();
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            if (entry.getValue() >= threshold && entry.getValue() > 0) {
                kept.add(entry);
            }
        }
        kept.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < Math.min(max, kept.size()); i++) {
            codes.add(kept.get(i).getKey());
        }
        return codes;
    }
}
