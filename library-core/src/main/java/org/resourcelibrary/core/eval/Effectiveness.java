package org.resourcelibrary.core.eval;

import java.util.Map;

/**
 * What an evaluation measured: the metrics over every query, the same per member's language (for queries
 * sent with one), and how the member's language fared.
 *
 * @param overall                 metrics over every judged query
 * @param byLanguage              member's language → metrics over its queries, in the order first met
 * @param memberLanguageFirst     queries sent with a language whose first hit is in that language
 * @param withLanguage            queries sent with a language (and ranked at least one hit)
 * @param otherLanguageFound      relevant documents in another language than the query's, within the first
 *                                {@link Evaluation#OTHER_LANGUAGE_DEPTH} hits, over all queries
 * @param otherLanguageRelevant   relevant documents in another language than the query's, over all queries
 * @param ndcg10ByQuery           query id → its nDCG@10, for the judged queries with a relevant document, in
 *                                the collection's order (to trace what a change gains or loses, query by query)
 */
public record Effectiveness(Metrics overall, Map<String, Metrics> byLanguage, int memberLanguageFirst,
                            int withLanguage, int otherLanguageFound, int otherLanguageRelevant,
                            Map<String, Double> ndcg10ByQuery) {

    /** The share of other-language relevant documents found within the first hits (0 when there are none). */
    public double otherLanguageShare() {
        return otherLanguageRelevant == 0 ? 0 : (double) otherLanguageFound / otherLanguageRelevant;
    }
}
