package org.resourcelibrary.samples.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words of one language's synthetic text: the terms of the sample library ranked by frequency (frozen
 * in {@code terms-<language>.tsv}, so the corpus does not change when the sources do), drawn with Zipf
 * frequencies, plus a long tail of rare made-up terms so that the vocabulary keeps growing with the corpus
 * as real collections' do. Immutable and thread-safe.
 */
final class TermList {

    /** Zipf exponent over the real terms: close to 1, as in natural language. */
    static final double EXPONENT = 1.0;
    /** Share of words drawn from the rare tail. */
    static final double TAIL_SHARE = 0.03;
    static final int TAIL_SIZE = 200_000;
    static final double TAIL_EXPONENT = 0.8;
    /** Title words skip this many most frequent terms (articles, prepositions). */
    static final int TITLE_SKIP = 60;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fi",
        "go", "hu", "ja", "ke", "li", "ma", "no", "pa", "ri", "su", "ta", "ve", "zo", "bri", "dan", "mel", "tor"};
    private static final String[] TAIL = tail();
    private static final ZipfSampler TAIL_SAMPLER = new ZipfSampler(TAIL_SIZE, TAIL_EXPONENT);
    /** {@link #TAIL_SHARE} as a threshold on 16 random bits. */
    private static final int TAIL_THRESHOLD = (int) Math.round(TAIL_SHARE * (1 << 16));

    private final String[] terms;
    private final ZipfSampler sampler;

    private TermList(List<String> terms) {
        if (terms.size() <= TITLE_SKIP) {
            throw new IllegalStateException("term list too short: " + terms.size());
        }
        this.terms = terms.toArray(String[]::new);
        this.sampler = new ZipfSampler(terms.size(), EXPONENT);
    }

    static String resourceName(String language) {
        return "terms-" + language + ".tsv";
    }

    /** The shipped term list of a language. */
    static TermList load(String language) {
        String name = resourceName(language);
        try (InputStream in = TermList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no term list " + name + " for language " + language);
            }
            List<String> terms = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    terms.add(line.substring(0, line.indexOf('\t')));
                }
            }
            return new TermList(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A word of running text. */
    String word(SplittableRandom random) {
        if ((random.nextInt() & 0xFFFF) < TAIL_THRESHOLD) {
            return TAIL[TAIL_SAMPLER.sample(random)];
        }
        return terms[sampler.sample(random)];
    }

    /** A content word for a title: frequent, but not a function word. */
    String titleWord(SplittableRandom random) {
        int rank;
        do {
            rank = sampler.sample(random);
        } while (rank < TITLE_SKIP);
        return terms[rank];
    }

    /** Number of real (not made-up) terms. */
    int size() {
        return terms.length;
    }

    /** Made-up words, distinct by construction: the rank written in base {@code SYLLABLES.length}. */
    private static String[] tail() {
        String[] tail = new String[TAIL_SIZE];
        for (int rank = 0; rank < TAIL_SIZE; rank++) {
            StringBuilder word = new StringBuilder();
            int rest = rank + SYLLABLES.length * SYLLABLES.length;
            while (rest > 0) {
                word.append(SYLLABLES[rest % SYLLABLES.length]);
                rest /= SYLLABLES.length;
            }
            tail[rank] = word.toString();
        }
        return tail;
    }
}
