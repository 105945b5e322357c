package org.resourcelibrary.samples.synthetic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A deterministic synthetic corpus: document {@code i} of seed {@code s} is always the same, whatever else is
 * generated and in whatever order, so generation can run in parallel. Lengths are log-normal around a
 * median (by default {@value #DEFAULT_MEDIAN_WORDS} words, the size of a catalogue record with its abstract
 * and key pages; long reports are a setting), with a long tail, split into 2 to 40 pages of paragraphs and
 * sentences.
 * Immutable and thread-safe.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_COUNT = 100_000;
    /** Median document length in words, unless another is given. */
    public static final int DEFAULT_MEDIAN_WORDS = 400;
    static final double LENGTH_SIGMA = 0.8;
    static final int MIN_WORDS = 60;
    static final int MAX_WORDS = 60_000;
    static final int MIN_PAGES = 2;
    static final int MAX_PAGES = 40;
    static final int MIN_WORDS_PER_PAGE = 150;
    static final int MAX_WORDS_PER_PAGE = 600;
    static final int MIN_SENTENCE = 6;
    static final int MAX_SENTENCE = 28;
    static final int MAX_SENTENCES_PER_PARAGRAPH = 7;
    static final int MIN_TITLE_WORDS = 4;
    static final int MAX_TITLE_WORDS = 10;
    /** Records generated together before being handed on in order. */
    static final int BATCH = 512;

    private final long seed;
    private final int medianWords;
    private final MetadataSampler metadata;
    private final Map<String, TermList> terms;

    public SyntheticCorpus(long seed, Vocabulary vocabulary) {
        this(seed, vocabulary, DEFAULT_MEDIAN_WORDS);
    }

    /** A corpus whose documents are {@code medianWords} long in the median (longer ones for report-sized runs). */
    public SyntheticCorpus(long seed, Vocabulary vocabulary, int medianWords) {
        if (medianWords < MIN_WORDS || medianWords > MAX_WORDS) {
            throw new IllegalArgumentException("median words must be between " + MIN_WORDS + " and " + MAX_WORDS);
        }
        this.seed = seed;
        this.medianWords = medianWords;
        this.metadata = new MetadataSampler(vocabulary);
        this.terms = MetadataSampler.LANGUAGES.stream()
                .collect(Collectors.toMap(Function.identity(), TermList::load));
    }

    /** Receives records in index order. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(CorpusRecord record) throws IOException;
    }

    /** Document {@code index} (0-based). */
    public CorpusRecord record(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        MetadataSampler.Metadata meta = metadata.draw(random);
        TermList words = terms.get(meta.language());
        return new CorpusRecord(String.format("syn-%07d", index + 1), title(words, random), meta.language(),
                meta.countries(), meta.topics(), meta.type(), meta.year(), meta.organization(), pages(words, random));
    }

    /** The first {@code count} records, in order (a sequential stream; {@code .parallel()} is safe). */
    public Stream<CorpusRecord> records(long count) {
        return LongStream.range(0, count).mapToObj(this::record);
    }

    /** The first {@code count} records as the indexer takes them. */
    public Stream<ResourceContent> contents(long count) {
        return records(count).map(CorpusRecord::toResourceContent);
    }

    /** Generates the first {@code count} records on all cores, handing them to {@code sink} in index order. */
    public void forEachOrdered(long count, RecordSink sink) throws IOException {
        for (long start = 0; start < count; start += BATCH) {
            long from = start;
            int size = (int) Math.min(BATCH, count - start);
            List<CorpusRecord> batch = IntStream.range(0, size).parallel().mapToObj(i -> record(from + i)).toList();
            for (CorpusRecord record : batch) {
                sink.accept(record);
            }
        }
    }

    private static String title(TermList words, SplittableRandom random) {
        int length = MIN_TITLE_WORDS + random.nextInt(MAX_TITLE_WORDS - MIN_TITLE_WORDS + 1);
        StringBuilder title = new StringBuilder(capitalized(words.titleWord(random)));
        for (int i = 1; i < length; i++) {
            title.append(' ').append(words.titleWord(random));
        }
        return title.toString();
    }

    private List<String> pages(TermList words, SplittableRandom random) {
        double normal = random.nextGaussian();
        double length = medianWords * StrictMath.exp(LENGTH_SIGMA * normal);
        int total = (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, length));
        int perPage = MIN_WORDS_PER_PAGE + random.nextInt(MAX_WORDS_PER_PAGE - MIN_WORDS_PER_PAGE + 1);
        int pageCount = Math.max(MIN_PAGES, Math.min(MAX_PAGES, Math.round((float) total / perPage)));
        List<String> pages = new ArrayList<>(pageCount);
        for (int p = 0; p < pageCount; p++) {
            int quota = total / pageCount + (p < total % pageCount ? 1 : 0);
            pages.add(page(words, quota, random));
        }
        return pages;
    }

    private static String page(TermList words, int quota, SplittableRandom random) {
        StringBuilder text = new StringBuilder(quota * 8);
        int written = 0;
        int sentencesLeft = 1 + random.nextInt(MAX_SENTENCES_PER_PARAGRAPH);
        while (written < quota) {
            int length = Math.min(quota - written, MIN_SENTENCE + random.nextInt(MAX_SENTENCE - MIN_SENTENCE + 1));
            if (written > 0) {
                text.append(sentencesLeft == 0 ? "\n\n" : " ");
                if (sentencesLeft == 0) {
                    sentencesLeft = 1 + random.nextInt(MAX_SENTENCES_PER_PARAGRAPH);
                }
            }
            text.append(capitalized(words.word(random)));
            for (int i = 1; i < length; i++) {
                text.append(' ').append(words.word(random));
            }
            text.append('.');
            written += length;
            sentencesLeft--;
        }
        return text.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A well-mixed seed per document (the finaliser of SplitMix64), so neighbouring indexes are unrelated. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
