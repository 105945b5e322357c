package org.resourcelibrary.core.search.query;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/**
 * Pseudo-relevance feedback (a relevance model, RM3) for questions typed as sentences, whatever the backend: the
 * words that characterise the best first answers, each in the body field of its answer's language, weighted by
 * how much those answers use them. A backend adds them to the query as a re-ranking only: a document still needs
 * one of the member's own words to be a hit. Keyword queries are left alone, since their words already say
 * exactly what is wanted.
 */
public final class FeedbackWords {

    /** First answers the expansion words are taken from. */
    public static final int DOCUMENTS = 10;
    /** Words added. */
    public static final int WORDS = 10;
    /** Weight of the added words relative to the query's own, per query word. */
    public static final float WEIGHT = 0.6f;
    /** Text read per answer. */
    public static final int TEXT_CHARS = 20_000;
    /** Shortest word worth adding: shorter ones are mostly left-over particles and symbols. */
    private static final int SHORTEST = 3;

    /**
     * One of the first answers.
     *
     * @param text     its text (null or blank: it gives no words)
     * @param language its language code, or null
     * @param score    its first score
     */
    public record Answer(String text, String language, double score) {
    }

    /**
     * An added word: its analysed form in a body field, and its share of the added words' weight (the shares of
     * one expansion add up to one).
     */
    public record Word(String field, String token, double share) {
    }

    private FeedbackWords() {
    }

    /** Whether a question of {@code words} content words is expanded (ranked by relevance). */
    public static boolean expands(int words) {
        return words > QueryWords.ALL_WORDS_UP_TO;
    }

    /** The weight of the added words together, for a question of {@code words} content words. */
    public static float weight(int words) {
        return WEIGHT * words;
    }

    /**
     * The words to add, best first (empty when the answers give none).
     *
     * @param first the first answers, best first (the first {@link #DOCUMENTS} are used)
     */
    public static List<Word> of(List<Answer> first) {
        List<Answer> answers = first.subList(0, Math.min(DOCUMENTS, first.size()));
        double totalScore = answers.stream().mapToDouble(Answer::score).sum();
        Map<Word, Double> model = new HashMap<>();
        for (Answer answer : answers) {
            String text = answer.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            String field = Analysis.analysed(answer.language())
                    ? Schema.languageField(Schema.BODY, answer.language()) : Schema.BODY;
            List<String> tokens = Analysis.tokens(Schema.analyzer(field),
                    text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text);
            double weight = answer.score() / totalScore / tokens.size();
            for (String token : tokens) {
                if (token.length() >= SHORTEST && !token.chars().allMatch(Character::isDigit)) {
                    model.merge(new Word(field, token, 0), weight, Double::sum);
                }
            }
        }
        List<Map.Entry<Word, Double>> best = new ArrayList<>(model.entrySet());
        // Ties by the word, so that every backend adds the same words.
        best.sort(Map.Entry.<Word, Double>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().token()).thenComparing(e -> e.getKey().field()));
        List<Map.Entry<Word, Double>> kept = best.subList(0, Math.min(WORDS, best.size()));
        double mass = kept.stream().mapToDouble(Map.Entry::getValue).sum();
        return kept.stream().map(e -> new Word(e.getKey().field(), e.getKey().token(), e.getValue() / mass)).toList();
    }
}
