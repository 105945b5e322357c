package org.resourcelibrary.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks the codes that stand out from a set of scores. */
final class Standouts {

    private Standouts() {
    }

    /**
     * The codes scoring at least {@code minScore} and at least {@code relative} times the best score, best
     * first (ties by code, so the result is stable), at most {@code max}.
     */
    static List<String> top(Map<String, Double> scores, double minScore, double relative, int max) {
        double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double threshold = Math.max(minScore, best * relative);
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
