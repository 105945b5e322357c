package org.resourcelibrary.core.search.query;

import org.resourcelibrary.core.lucene.query.Expanded;

/**
 * How matches are weighted. The defaults are the product's ranking (and what {@code library eval}
 * measures); BENCHMARKS.md records the figures they reach.
 *
 * @param title         weight of a match in the title
 * @param summary       weight of a match in summary, keywords, authors and organisation
 * @param body          weight of a match in the text
 * @param neutral       weight of the language-neutral (unstemmed) form relative to the language form
 * @param tieBreaker    share of the other fields' scores added to the best field's (dis-max tie breaker)
 * @param proximity     weight of the query's words occurring near each other in the text or title
 * @param proximitySlop how far apart (in positions) the words may be for the proximity boost
 * @param typo          weight of a close spelling relative to the word as typed
 * @param k1            BM25 term-frequency saturation
 * @param b             BM25 length normalisation
 * @param memberLanguage what a document in the member's language has its score multiplied by: enough to put
 *                      it before a comparably relevant one in another language, not before a clearly better one
 */
public record Ranking(
        float title,
        float summary,
        float body,
        float neutral,
        float tieBreaker,
        float proximity,
        int proximitySlop,
        float typo,
        float k1,
        float b,
        float memberLanguage) {

    public static final Ranking DEFAULT = new Ranking(2.0f, 1.5f, 1.0f, 0.6f, 0.2f, 0.3f, 8, 0.4f, 1.2f, 0.75f,
            1.5f);

    /** This ranking with another weight for documents in the member's language (1: no preference). */
    public Ranking withMemberLanguage(float weight) {
        return new Ranking(title, summary, body, neutral, tieBreaker, proximity, proximitySlop, typo, k1, b, weight);
    }

    /**
     * How many of the best first answers (scored by their words alone) are scored again with proximity and
     * feedback: scoring word pairs' positions in every match weighed heavily on a long query's time, and a
     * document outside the first five hundred rarely climbs into the first pages through its word pairs.
     * BENCHMARKS.md records what a wider window gains in relevance and costs in time.
     */
    public static final int RESCORE_WINDOW = 500;

    /**
     * What being tagged with the vocabulary value a query's words name (a topic, type, country or region)
     * counts for, as a multiple of the most those words score in a text (their rarity): a librarian's tag says
     * the document is about what the words name, as the words at their most would. The better of the words and
     * the tag counts ({@code Expanded}), so the member's language still decides between a tagged document and
     * a comparable title with the words. BENCHMARKS.md records what it gains on the multilingual judged sets.
     */
    public static final float TAGGED = 1.0f;
}
