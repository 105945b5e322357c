package org.resourcelibrary.core.schema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Text analysis. Every text field exists in a language-neutral form (lower-cased, accents folded, no
 * stemming, no stop words: "protección" and "proteccion" meet, phrases stay exact) and, for documents in
 * English, French, Spanish or Portuguese, in a form analysed for that language (stop words, light
 * stemming, then accent folding so a query typed without accents still matches).
 */
public final class Analysis {

    /** Languages with their own analysis; other languages are only indexed language-neutrally. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");

    private static final Analyzer NEUTRAL = new NeutralAnalyzer();
    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new EnglishText(),
            "fr", new FrenchText(),
            "es", new SpanishText(),
            "pt", new PortugueseText());

    /**
     * How many distinct pair terms there are: a pair is indexed as a hash of its two words, so each field's
     * dictionary of pairs stays small enough to index quickly. Pairs sharing a hash only let through more
     * documents for the phrase to check: fewer buckets index faster, more buckets check phrases faster, and
     * either is far faster at phrases than no pairs (BENCHMARKS.md compares the sizes). Changing the hashing
     * needs a new {@code Schema.PAIRS_PREFIX}: old pairs would no longer match.
     */
    private static final int PAIR_BUCKETS = 1 << 16;
    private static final Map<Analyzer, Analyzer> PAIRS = new ConcurrentHashMap<>();

    private Analysis() {
    }

    /** The language-neutral analyzer. */
    public static Analyzer neutral() {
        return NEUTRAL;
    }

    /** The analyzer of one of {@link #LANGUAGES}. */
    public static Analyzer forLanguage(String language) {
        Analyzer analyzer = BY_LANGUAGE.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("no analysis for language " + language);
        }
        return analyzer;
    }

    /** Whether {@code language} has its own analysis. */
    public static boolean analysed(String language) {
        return language != null && BY_LANGUAGE.containsKey(language);
    }

    /**
     * The analyzer of a pairs field over a text field analysed by {@code words}: each two consecutive words
     * as one term (a hash of "social" and "workers"), so that a phrase is checked only in documents holding
     * all its pairs. Words with a dropped stop word between them make no pair.
     */
    public static Analyzer pairs(Analyzer words) {
        return PAIRS.computeIfAbsent(words, PairsAnalyzer::new);
    }

    /**
     * The pair terms of a phrase, as {@link #pairs} indexes them; empty when the phrase has fewer than two
     * words or a gap inside (a dropped stop word: the phrase then matches any word there, which no pair says).
     */
    public static List<String> phrasePairs(Analyzer words, String phrase) {
        List<String> pairs = tokens(pairs(words), phrase);
        // Every word after the first makes a pair unless a gap comes before it.
        return pairs.size() == tokens(words, phrase).size() - 1 ? pairs : List.of();
    }

    private static int wordHash(char[] word, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + word[i];
        }
        return hash;
    }

    /** The term of two consecutive words, from their hashes: a bucket number in base 36. */
    private static String pairTerm(int previous, int current) {
        int hash = previous * 0x9E3779B1 + current;
        // MurmurHash3's finaliser: every bit of both words reaches the bucket bits.
        hash ^= hash >>> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >>> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >>> 16;
        return Integer.toString(hash & (PAIR_BUCKETS - 1), Character.MAX_RADIX);
    }

    /** The tokens {@code analyzer} makes of {@code text}. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }

    private static CharArraySet snowballStopWords(String file) {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's " + file + " is missing", e);
        }
    }

    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(in);
    }

    /** Pairs of consecutive words of what another analyzer makes of a text. */
    private static final class PairsAnalyzer extends AnalyzerWrapper {
        private final Analyzer words;

        PairsAnalyzer(Analyzer words) {
            super(words.getReuseStrategy());
            this.words = words;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return words;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(), new PairFilter(components.getTokenStream()));
        }
    }

    /** Each word's pair term with the word before it, when nothing was dropped between them. */
    private static final class PairFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int previous;
        private boolean hasPrevious;

        PairFilter(TokenStream words) {
            super(words);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                boolean adjacent = hasPrevious && increment.getPositionIncrement() == 1;
                int current = wordHash(term.buffer(), term.length());
                hasPrevious = true;
                if (adjacent) {
                    term.setEmpty().append(pairTerm(previous, current));
                    previous = current;
                    increment.setPositionIncrement(1);
                    return true;
                }
                previous = current;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            hasPrevious = false;
        }
    }

    private static final class NeutralAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, folded(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(new LowerCaseFilter(in));
        }
    }

    private static final class EnglishText extends Analyzer {
        // Snowball's English list, like the French, Spanish and Portuguese analyzers' lists: it also drops
        // the question words members type ("what", "how", "which"), which Lucene's short default keeps.
        private static final CharArraySet STOP = snowballStopWords("english_stop.txt");

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, STOP);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, folded(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(new LowerCaseFilter(in));
        }
    }

    private static final class FrenchText extends Analyzer {
        private static final CharArraySet STOP = FrenchAnalyzer.getDefaultStopSet();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, STOP);
            result = new FrenchLightStemFilter(result);
            return new TokenStreamComponents(source, folded(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    }

    private static final class SpanishText extends Analyzer {
        private static final CharArraySet STOP = SpanishAnalyzer.getDefaultStopSet();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, STOP);
            result = new SpanishLightStemFilter(result);
            return new TokenStreamComponents(source, folded(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(new LowerCaseFilter(in));
        }
    }

    private static final class PortugueseText extends Analyzer {
        private static final CharArraySet STOP = PortugueseAnalyzer.getDefaultStopSet();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, STOP);
            result = new PortugueseLightStemFilter(result);
            return new TokenStreamComponents(source, folded(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(new LowerCaseFilter(in));
        }
    }
}
