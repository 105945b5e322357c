package org.resourcelibrary.core.lucene.query;

import org.resourcelibrary.core.search.query.UserQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/**
 * The language a query is written in, from its words: for each language with its own analysis, how likely
 * the words are in that language's documents (each word as that language's analysis makes it, its share of
 * the words of the language's texts in the index), the stop words of a language counting as common words of
 * it. The likeliest language wins when it is clearly likelier than the next; otherwise there is none (a word
 * shared by the languages, such as "supervision", says nothing).
 */
public final class QueryLanguage {

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

    private QueryLanguage() {
    }

    /** The word's tokens in each language's text field, in the order of {@link Analysis#LANGUAGES}. */
    static List<List<String>> tokens(String word) {
        List<List<String>> cached = TOKENS.get(word);
        if (cached != null) {
            return cached;
        }
        List<List<String>> tokens = new ArrayList<>(Analysis.LANGUAGES.size());
        for (String language : Analysis.LANGUAGES) {
            tokens.add(List.copyOf(Analysis.tokens(Schema.analyzer(Schema.languageField(Schema.BODY, language)),
                    word)));
        }
        List<List<String>> kept = List.copyOf(tokens);
        TOKENS.put(word, kept);
        return kept;
    }

    /** The language the query's words are in, if clear; empty without words or when they say nothing. */
    /**
     * @param searcher the search's searcher: with a {@link TermCachingSearcher}, the words' look-ups are the
     *                 ones the search then makes in the same fields, done once
     */
    public static Optional<String> detect(UserQuery query, IndexSearcher searcher) throws IOException {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < Analysis.LANGUAGES.size(); i++) {
            String language = Analysis.LANGUAGES.get(i);
            double score = logLikelihood(words, i, searcher);
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

    /** The query's words, as typed, each one: plain words and the words of phrases. */
    private static List<String> words(UserQuery query) {
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

    /** How likely the words are in the language's texts (log), or NaN when the library has none in it. */
    private static double logLikelihood(List<String> words, int language, IndexSearcher searcher)
            throws IOException {
        String field = Schema.languageField(Schema.BODY, Analysis.LANGUAGES.get(language));
        long length = searcher.getIndexReader().getSumTotalTermFreq(field);
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
                long frequency = TermCachingSearcher.termStates(searcher, new Term(field, token)).totalTermFreq();
                wordScore += Math.log((double) frequency / length + UNSEEN_WORD_SHARE);
            }
            score += wordScore / tokens.size();
        }
        return score;
    }
}
