package org.resourcelibrary.samples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class SyntheticCorpusTest {

    private static final int N = 5_000;
    private static final double LANGUAGE_TOLERANCE = 0.03;
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static SyntheticCorpus corpus;
    private static List<CorpusRecord> records;

    @BeforeAll
    static void generate() {
        corpus = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, VOCABULARY);
        records = corpus.records(N).parallel().toList();
    }

    private static byte[] jsonl(SyntheticCorpus corpus, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CorpusJsonl(corpus).write(count, out);
        return out.toByteArray();
    }

    private static <T> Map<T, Long> counts(Function<CorpusRecord, List<T>> values) {
        return records.stream().flatMap(r -> values.apply(r).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static long words(CorpusRecord record) {
        return record.pages().stream().mapToLong(p -> p.split("\\s+").length).sum();
    }

    @Test
    void sameSeedGivesTheSameCorpus() throws IOException {
        SyntheticCorpus again = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, VOCABULARY);

        assertThat(jsonl(again, 200)).isEqualTo(jsonl(corpus, 200));
        assertThat(again.record(4_321)).isEqualTo(records.get(4_321));
    }

    @Test
    void differentSeedGivesADifferentCorpus() {
        SyntheticCorpus other = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED + 1, VOCABULARY);

        assertThat(other.record(0).pages()).isNotEqualTo(records.get(0).pages());
        assertThat(other.record(0).id()).isEqualTo(records.get(0).id());
    }

    @Test
    void everyFacetValueIsUsed() {
        assertThat(counts(CorpusRecord::countries)).hasSize(88);
        assertThat(counts(CorpusRecord::topics).keySet())
                .isEqualTo(VOCABULARY.topics().stream().map(Term::code).collect(Collectors.toSet()));
        assertThat(counts(r -> List.of(r.type())).keySet())
                .isEqualTo(VOCABULARY.types().stream().map(Term::code).collect(Collectors.toSet()));
        assertThat(counts(r -> List.of(r.organization()))).hasSize(40);
        assertThat(counts(r -> List.of(r.year())).keySet()).hasSize(21).allMatch(y -> y >= 2005 && y <= 2025);
    }

    @Test
    void facetsAreSkewed() {
        Map<String, Long> countries = counts(CorpusRecord::countries);
        long top = countries.values().stream().max(Long::compare).orElseThrow();
        long bottom = countries.values().stream().min(Long::compare).orElseThrow();
        Map<Integer, Long> years = counts(r -> List.of(r.year()));

        assertThat(top).isGreaterThan(20 * bottom);
        assertThat(years.get(2025)).isGreaterThan(5 * years.get(2005));
    }

    @Test
    void languageSharesAreAsSpecified() {
        Map<String, Long> languages = counts(r -> List.of(r.language()));

        assertThat(languages).containsOnlyKeys("en", "fr", "es", "pt");
        assertThat(languages.get("en") / (double) N).isCloseTo(0.60, offset(LANGUAGE_TOLERANCE));
        assertThat(languages.get("fr") / (double) N).isCloseTo(0.15, offset(LANGUAGE_TOLERANCE));
        assertThat(languages.get("es") / (double) N).isCloseTo(0.15, offset(LANGUAGE_TOLERANCE));
        assertThat(languages.get("pt") / (double) N).isCloseTo(0.10, offset(LANGUAGE_TOLERANCE));
    }

    @Test
    void onlyVocabularyCodesAreUsed() {
        assertThat(records).allSatisfy(r -> {
            assertThat(r.countries()).hasSizeBetween(1,
                    3).doesNotHaveDuplicates().allMatch(code -> VOCABULARY.isKnown(Dimension.COUNTRY, code));
            assertThat(r.topics()).hasSizeBetween(1,
                    3).doesNotHaveDuplicates().allMatch(code -> VOCABULARY.isKnown(Dimension.TOPIC, code));
            assertThat(VOCABULARY.isKnown(Dimension.TYPE, r.type())).isTrue();
            assertThat(VOCABULARY.isKnown(Dimension.LANGUAGE, r.language())).isTrue();
        });
    }

    @Test
    void lengthsAreLogNormalAroundTheMedianWithALongTail() {
        long[] lengths = records.stream().mapToLong(SyntheticCorpusTest::words).sorted().toArray();

        assertThat(lengths[N / 2]).isBetween(350L, 460L);
        // Five times the median is two standard deviations out: about 2% of documents.
        assertThat(Arrays.stream(lengths).filter(w -> w > 2_000).count()).isBetween(N / 100L, N / 25L);
        assertThat(records).allSatisfy(r -> assertThat(r.pages()).hasSizeBetween(2, 40));
    }

    @Test
    void reportSizedCorporaHaveAMedianOfThousandsOfWords() {
        SyntheticCorpus reports = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED,
                org.resourcelibrary.core.vocabulary.Vocabulary.standard(), 2_000);
        long[] lengths = reports.records(1_000).mapToLong(SyntheticCorpusTest::words).sorted().toArray();

        assertThat(lengths[500]).isBetween(1_700L, 2_400L);
        assertThat(lengths[999]).isGreaterThan(8_000L);
    }

    @Test
    void termFrequenciesFollowZipf() {
        Map<String, Long> frequencies = records.stream().filter(r -> r.language().equals("en")).limit(1_500)
                .flatMap(r -> r.pages().stream()).flatMap(p -> Arrays.stream(p.toLowerCase().split("[\\s.]+")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Long> ranked = frequencies.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();

        assertThat(ranked.get(0) / (double) ranked.get(1)).isBetween(1.7, 2.3);
        assertThat(ranked.get(0) / (double) ranked.get(9)).isBetween(8.0, 12.0);
        assertThat(frequencies.size()).isGreaterThan(10_000);
    }

    @Test
    void recordsBecomeIndexableResources() {
        CorpusRecord record = records.get(7);
        var content = record.toResourceContent();

        assertThat(content.resource().id()).isEqualTo("syn-0000008");
        assertThat(content.pages()).isEqualTo(record.pages());
        assertThat(content.resource().sha256()).hasSize(64);
        assertThat(content.resource().provenance()).containsKeys(MetadataField.TITLE, MetadataField.COUNTRIES,
                MetadataField.TOPICS, MetadataField.TYPE);
        assertThat(content.resource().extraction().pages()).isEqualTo(record.pages().size());
        assertThat(corpus.contents(3).map(c -> c.resource().id())).containsExactly("syn-0000001", "syn-0000002",
                "syn-0000003");
    }
}
