package org.resourcelibrary.samples.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Draws a synthetic document's metadata with the skew of a real library: a few countries, topics, types and
 * publishers account for most documents (Zipf), most documents are in English, recent years have more.
 * Immutable and thread-safe.
 */
final class MetadataSampler {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");
    static final double[] LANGUAGE_SHARES = {0.60, 0.15, 0.15, 0.10};
    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2025;
    /** Chances of 1, 2 or 3 countries; and of 1, 2 or 3 topics. */
    static final double[] COUNTRY_COUNTS = {0.6, 0.3, 0.1};
    static final double[] TOPIC_COUNTS = {0.45, 0.4, 0.15};
    static final double COUNTRY_EXPONENT = 1.0;
    static final double TOPIC_EXPONENT = 0.7;
    static final double TYPE_EXPONENT = 0.8;
    static final double ORGANIZATION_EXPONENT = 1.0;

    /** The metadata of one document, in codes. */
    record Metadata(String language, List<String> countries, List<String> topics, String type, int year,
                    String organization) {
    }

    private final List<String> countries;
    private final List<String> topics;
    private final List<String> types;
    private final List<String> organizations;
    private final ZipfSampler countrySampler;
    private final ZipfSampler topicSampler;
    private final ZipfSampler typeSampler;
    private final ZipfSampler organizationSampler;

    MetadataSampler(Vocabulary vocabulary) {
        countries = CorpusLists.lines("countries.txt");
        for (String country : countries) {
            if (!vocabulary.isKnown(Dimension.COUNTRY, country)) {
                throw new IllegalStateException("countries.txt: unknown country code " + country);
            }
        }
        topics = vocabulary.topics().stream().map(Term::code).toList();
        types = vocabulary.types().stream().map(Term::code).toList();
        organizations = CorpusLists.lines("organizations.txt");
        countrySampler = new ZipfSampler(countries.size(), COUNTRY_EXPONENT);
        topicSampler = new ZipfSampler(topics.size(), TOPIC_EXPONENT);
        typeSampler = new ZipfSampler(types.size(), TYPE_EXPONENT);
        organizationSampler = new ZipfSampler(organizations.size(), ORGANIZATION_EXPONENT);
    }

    Metadata draw(SplittableRandom random) {
        return new Metadata(LANGUAGES.get(Shares.draw(LANGUAGE_SHARES, random)),
                distinct(countries, countrySampler, 1 + Shares.draw(COUNTRY_COUNTS, random), random),
                distinct(topics, topicSampler, 1 + Shares.draw(TOPIC_COUNTS, random), random),
                types.get(typeSampler.sample(random)), year(random),
                organizations.get(organizationSampler.sample(random)));
    }

    List<String> countries() {
        return countries;
    }

    List<String> organizations() {
        return organizations;
    }

    /** Year weights grow linearly: the last year is {@code LAST_YEAR - FIRST_YEAR + 1} times the first. */
    private static int year(SplittableRandom random) {
        int span = LAST_YEAR - FIRST_YEAR + 1;
        int ticket = random.nextInt(span * (span + 1) / 2);
        int offset = 0;
        while (ticket >= offset + 1) {
            ticket -= offset + 1;
            offset++;
        }
        return FIRST_YEAR + offset;
    }

    private static List<String> distinct(List<String> values, ZipfSampler sampler, int count,
                                         SplittableRandom random) {
        List<String> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            String value = values.get(sampler.sample(random));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }
}
