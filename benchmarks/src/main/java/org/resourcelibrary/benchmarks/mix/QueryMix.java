package org.resourcelibrary.benchmarks.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.CorpusLists;
import org.resourcelibrary.samples.synthetic.Shares;

/**
 * The query mix of the search issue, drawn deterministically from a seed: one to four words or a two-word
 * phrase (some browsing with no words), one to three facet dimensions selected (some with two values:
 * multi-select), relevance or newest first, the first page or page {@value #DEEP_PAGE}. Every dimension is
 * counted in every answer.
 *
 * <p>Words are the synthetic corpus's own frequent terms, never a stop word in any language, so that our
 * matching (all words of a query of up to three) and Solr's ({@code mm}) agree and totals can be compared.
 * Filter values follow the corpus's skew: popular countries and topics are chosen more often.
 */
public final class QueryMix {

    public static final long DEFAULT_SEED = 7;
    /** Distinct queries in a mix; the load generator cycles through them. */
    public static final int DEFAULT_SIZE = 1000;
    public static final int PAGE_SIZE = 10;
    /** The deep page of the search issue's mix. */
    public static final int DEEP_PAGE = 10;

    /** Shares of: browsing, 1, 2, 3, 4 words, a phrase. */
    static final double[] KINDS = {0.10, 0.25, 0.20, 0.15, 0.10, 0.20};
    /** Shares of 0, 1, 2, 3 dimensions selected. */
    static final double[] FILTER_COUNTS = {0.25, 0.35, 0.25, 0.15};
    static final double MULTI_SELECT = 0.4;
    static final double NEWEST_FIRST = 0.5;
    static final double DEEP = 0.3;
    /** Query words come from these ranks of the term lists (frequent, not the very top). */
    static final int FIRST_RANK = 20;
    static final int LAST_RANK = 400;
    /** Phrase words come from the most frequent content words (so phrases occur in random text). */
    static final int PHRASE_WORDS = 12;
    static final int MIN_WORD_LENGTH = 4;
    /** Country and organisation choices lean to the most frequent (as members' choices do). */
    static final int POPULAR_COUNTRIES = 25;
    static final int POPULAR_ORGANIZATIONS = 10;
    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2025;
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");
    /** Query languages: mostly English, as the corpus is. */
    static final double[] LANGUAGE_SHARES = {0.7, 0.1, 0.1, 0.1};
    private static final String TERMS = "terms-%s.tsv";
    private static final String COUNTRIES = "countries.txt";
    private static final String ORGANIZATIONS = "organizations.txt";
    private static final List<Dimension> FILTERABLE = List.of(Dimension.COUNTRY, Dimension.REGION, Dimension.TOPIC,
            Dimension.TYPE, Dimension.LANGUAGE, Dimension.YEAR, Dimension.ORGANIZATION);

    private final Map<String, List<String>> words = new java.util.HashMap<>();
    private final List<String> countries;
    private final List<String> organizations;
    private final List<String> regions;
    private final List<String> topics;
    private final List<String> types;

    public QueryMix(Vocabulary vocabulary) {
        for (String language : LANGUAGES) {
            words.put(language, contentWords(CorpusLists.lines(String.format(TERMS, language))));
        }
        countries = CorpusLists.lines(COUNTRIES).subList(0, POPULAR_COUNTRIES);
        organizations = CorpusLists.lines(ORGANIZATIONS).subList(0, POPULAR_ORGANIZATIONS);
        regions = vocabulary.regions().stream().map(Term::code).toList();
        topics = vocabulary.topics().stream().map(Term::code).toList();
        types = vocabulary.types().stream().map(Term::code).toList();
    }

    /** {@code size} queries drawn from {@code seed}: the same seed, the same queries. */
    public List<QuerySpec> queries(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<QuerySpec> queries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            queries.add(query(random));
        }
        return List.copyOf(queries);
    }

    private QuerySpec query(SplittableRandom random) {
        List<String> pool = words.get(LANGUAGES.get(Shares.draw(LANGUAGE_SHARES, random)));
        int kind = Shares.draw(KINDS, random);
        String text;
        int count;
        if (kind == KINDS.length - 1) {
            text = "\"" + pool.get(random.nextInt(PHRASE_WORDS)) + " " + pool.get(random.nextInt(PHRASE_WORDS)) + "\"";
            count = 2;
        } else {
            count = kind;
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                String word = pool.get(random.nextInt(pool.size()));
                if (!chosen.contains(word)) {
                    chosen.add(word);
                }
            }
            text = String.join(" ", chosen);
        }
        Map<Dimension, List<String>> filters = new TreeMap<>();
        int dimensions = Shares.draw(FILTER_COUNTS, random);
        while (filters.size() < dimensions) {
            Dimension dimension = FILTERABLE.get(random.nextInt(FILTERABLE.size()));
            if (filters.containsKey(dimension)) {
                continue;
            }
            int values = random.nextDouble() < MULTI_SELECT && dimension != Dimension.LANGUAGE ? 2 : 1;
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < values) {
                String value = value(dimension, random);
                if (!chosen.contains(value)) {
                    chosen.add(value);
                }
            }
            filters.put(dimension, List.copyOf(chosen));
        }
        Sort sort = text.isEmpty() || random.nextDouble() < NEWEST_FIRST ? Sort.NEWEST : Sort.RELEVANCE;
        int page = random.nextDouble() < DEEP ? DEEP_PAGE : 1;
        return new QuerySpec(text, count, filters, sort, page, PAGE_SIZE, false);
    }

    private String value(Dimension dimension, SplittableRandom random) {
        if (dimension == Dimension.COUNTRY) {
            return skewed(countries, random);
        } else if (dimension == Dimension.REGION) {
            return regions.get(random.nextInt(regions.size()));
        } else if (dimension == Dimension.TOPIC) {
            return topics.get(random.nextInt(topics.size()));
        } else if (dimension == Dimension.TYPE) {
            return skewed(types, random);
        } else if (dimension == Dimension.LANGUAGE) {
            return LANGUAGES.get(Shares.draw(LANGUAGE_SHARES, random));
        } else if (dimension == Dimension.YEAR) {
            return String.valueOf(LAST_YEAR - Math.min(random.nextInt(LAST_YEAR - FIRST_YEAR + 1),
                    random.nextInt(LAST_YEAR - FIRST_YEAR + 1)));
        } else if (dimension == Dimension.ORGANIZATION) {
            return skewed(organizations, random);
        }
        // The mix draws from the dimensions it was measured with, so that its answers stay comparable.
        throw new IllegalArgumentException("the query mix has no values of " + dimension.param());
    }

    /** The smaller of two uniform draws: earlier (more popular) values come up more often. */
    private static String skewed(List<String> values, SplittableRandom random) {
        return values.get(Math.min(random.nextInt(values.size()), random.nextInt(values.size())));
    }

    /** Frequent words that every language's analysis keeps (no stop words), in frequency order. */
    private static List<String> contentWords(List<String> termLines) {
        List<String> kept = new ArrayList<>();
        for (int rank = 0; rank < termLines.size() && rank < LAST_RANK; rank++) {
            String word = termLines.get(rank).split("\t")[0];
            if (word.length() >= MIN_WORD_LENGTH && word.chars().allMatch(Character::isLetter) && keptByAll(word)
                    && (rank >= FIRST_RANK || kept.size() < PHRASE_WORDS)) {
                kept.add(word);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean keptByAll(String word) {
        for (String language : Analysis.LANGUAGES) {
            if (Analysis.tokens(Analysis.forLanguage(language), word).isEmpty()) {
                return false;
            }
        }
        return Analysis.tokens(Analysis.neutral(), word).size() == 1;
    }
}
