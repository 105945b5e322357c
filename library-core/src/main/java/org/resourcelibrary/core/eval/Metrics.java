package org.resourcelibrary.core.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retrieval effectiveness as trec_eval computes it: mean over queries with at least one relevant document
 * of nDCG@10 (gains as judged, log2 discount), average precision (over the whole ranking, divided by all
 * relevant documents) and recall at 100.
 */
public record Metrics(double ndcg10, double map, double recall100, int queries) {

    /**
     * @param runs  query id → ranked document ids, best first
     * @param qrels query id → (document id → gain); gain ≤ 0 is judged not relevant
     */
    public static Metrics of(Map<String, List<String>> runs, Map<String, Map<String, Integer>> qrels) {
        double ndcg = 0;
        double ap = 0;
        double recall = 0;
        int evaluated = 0;
        for (Map.Entry<String, Map<String, Integer>> judged : qrels.entrySet()) {
            Map<String, Integer> gains = judged.getValue();
            long relevant = gains.values().stream().filter(g -> g > 0).count();
            if (relevant == 0) {
                continue;
            }
            List<String> ranking = runs.getOrDefault(judged.getKey(), List.of());
            ndcg += ndcgAt(ranking, gains, 10);
            ap += averagePrecision(ranking, gains, relevant);
            recall += recallAt(ranking, gains, relevant, 100);
            evaluated++;
        }
        return evaluated == 0 ? new Metrics(0, 0, 0, 0)
                : new Metrics(ndcg / evaluated, ap / evaluated, recall / evaluated, evaluated);
    }

    /** Query id → its nDCG@10, for the queries judged with a relevant document (as {@link #of} averages them). */
    public static Map<String, Double> ndcg10ByQuery(Map<String, List<String>> runs,
                                                    Map<String, Map<String, Integer>> qrels) {
        Map<String, Double> byQuery = new LinkedHashMap<>();
        qrels.forEach((qid, gains) -> {
            if (gains.values().stream().anyMatch(g -> g > 0)) {
                byQuery.put(qid, ndcgAt(runs.getOrDefault(qid, List.of()), gains, 10));
            }
        });
        return byQuery;
    }

    static double ndcgAt(List<String> ranking, Map<String, Integer> gains, int k) {
        double dcg = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (seen.add(ranking.get(i))) {
                dcg += Math.max(0, gains.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
            }
        }
        List<Integer> ideal = gains.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double averagePrecision(List<String> ranking, Map<String, Integer> gains, long relevant) {
        double sum = 0;
        int found = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            if (seen.add(ranking.get(i)) && gains.getOrDefault(ranking.get(i), 0) > 0) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / relevant;
    }

    static double recallAt(List<String> ranking, Map<String, Integer> gains, long relevant, int k) {
        Set<String> hits = new HashSet<>();
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (gains.getOrDefault(ranking.get(i), 0) > 0) {
                hits.add(ranking.get(i));
            }
        }
        return (double) hits.size() / relevant;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    /** Per-metric lines as {@code library eval} prints them. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new HashMap<>();
        map.put("ndcg@10", ndcg10);
        map.put("map", this.map);
        map.put("recall@100", recall100);
        return map;
    }
}
