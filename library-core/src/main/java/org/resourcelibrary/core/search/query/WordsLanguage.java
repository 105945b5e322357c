package org.resourcelibrary.core.search.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/**
 * The language a query is written in, from its words, whatever the backend: for each language with its own
 * analysis, how likely the words are in that language's documents (each word as that language's analysis makes
 * it, its share of the words of the language's texts in the index), the stop words of a language counting as
 * common words of it. The likeliest language wins when it is clearly likelier than the next; otherwise there is
 * none (a word shared by the languages, such as "supervision", says nothing). Each backend reads the term
 * statistics ({@link Statistics}) its own way.
 */
public final class WordsLanguage {

    /**
     * The share given to a word a language's texts do not have: small, and the same for every language, so
     * an unknown word (a name) favours none, whatever the number of documents in each.
     */
    static final double UNSEEN_WORD_SHARE = 1e-7;
    /** The share given to a stop word of a language: among its commonest words. */
    static final double STOP_WORD_SHARE = 1e-2;
    /** How many times likelier than the next the winning language must be. */
    static final double MIN_LIKELIER = 4;

    /** Words whose tokens in each language are kept between searches, at most (the least recently used go). */
    static final int CACHED_WORDS = 10_000;

    /**
     * A word's tokens in each language's analysis, by word: the same words are typed again and again, and
     * running four analyses over each on every search without a language cost more than the look-ups.
     */
    private static final Map<String, List<List<String>>> TOKENS = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<List<String>>> eldest) {
                    return size() > CACHED_WORDS;
                }
            });

    /** A library's term statistics in the text fields of each language ({@link #field}). */
    public interface Statistics {

        /** How many words the field's texts hold in all (0 when none). */
        long length(String field);

        /** How many times the field's texts hold the token. */
        long frequency(String field, String token);
    }

    private WordsLanguage() {
    }

    /** The body field of a language, whose statistics decide. */
    public static String field(String language) {
        return Schema.languageField(Schema.BODY, language);
    }

    /** The word's tokens in each language's text field, in the order of {@link Analysis#LANGUAGES}. */
    public static List<List<String>> tokens(String word) {
        List<List<String>> cached = TOKENS.get(word);
        if (cached != null) {
            return cached;
        }
        List<List<String>> tokens = new ArrayList<>(Analysis.LANGUAGES.size());
        for (String language : Analysis.LANGUAGES) {
            tokens.add(List.copyOf(Analysis.tokens(Schema.analyzer(field(language)), word)));
        }
        List<List<String>> kept = List.copyOf(tokens);
        TOKENS.put(word, kept);
        return kept;
    }

    /** The query's words, as typed, each one: plain words and the words of phrases. */
    public static List<String> words(UserQuery query) {
        List<String> words = new ArrayList<>();
        for (UserQuery.Group group : query.groups()) {
            if (group.prohibited()) {
                continue;
            }
            for (UserQuery.Clause clause : group.alternatives()) {
                if (clause instanceof UserQuery.Word word && word.field() == null && !word.prefix()) {
                    words.add(word.text());
                } else if (clause instanceof UserQuery.Phrase phrase && phrase.field() == null) {
                    words.addAll(List.of(phrase.text().strip().split("\\s+")));
                }
            }
        }
        words.removeIf(String::isBlank);
        return words;
    }

    /** The language the query's words are in, if clear; empty without words or when they say nothing. */
    public static Optional<String> detect(UserQuery query, Statistics statistics) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < Analysis.LANGUAGES.size(); i++) {
            String language = Analysis.LANGUAGES.get(i);
            double score = logLikelihood(words, i, statistics);
            if (Double.isNaN(score)) {
                continue;
            }
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = language;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        return best != null && bestScore - secondScore >= Math.log(MIN_LIKELIER) ? Optional.of(best)
                : Optional.empty();
    }

    /** How likely the words are in the language's texts (log), or NaN when the library has none in it. */
    private static double logLikelihood(List<String> words, int language, Statistics statistics) {
        String field = field(Analysis.LANGUAGES.get(language));
        long length = statistics.length(field);
        if (length <= 0) {
            return Double.NaN;
        }
        double score = 0;
        for (String word : words) {
            List<String> tokens = tokens(word).get(language);
            if (tokens.isEmpty()) {
                score += Math.log(STOP_WORD_SHARE);
                continue;
            }
            // A word that is several tokens in this analysis counts as one word, as in the others.
            double wordScore = 0;
            for (String token : tokens) {
                wordScore += Math.log((double) statistics.frequency(field, token) / length + UNSEEN_WORD_SHARE);
            }
            score += wordScore / tokens.size();
        }
        return score;
    }
}
