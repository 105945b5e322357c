package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.core.model.MetadataField.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.vocabulary.Term;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Facet counts and totals of random searches over a random library (several segments, some documents
 * deleted or replaced), against the same figures counted by brute force over the resources themselves:
 * a total is the documents matching the words and every selection; a dimension's counts are over the
 * documents matching the words and every other dimension's selection. The same searches run on SolrCloud in
 * library-solr's {@code SolrDrillSidewaysCountsTest}, which gives its library through {@link #open}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DrillSidewaysCountsTest {

    private static final int DOCUMENTS = 600;
    private static final int SEARCHES = 300;
    private static final String MARKER = "quokka";

    @TempDir
    static Path dir;
    static Library library;
    static final Vocabulary VOCABULARY = Vocabulary.standard();
    static final Map<String, Resource> LIVE = new HashMap<>();
    static final Set<String> MARKED = new HashSet<>();
    static List<String> countries;
    static List<String> topics;
    static List<String> types;
    static final List<String> ORGANIZATIONS = List.of("Alpha Institute", "Beta Network", "Gamma Ministry",
            "Delta Trust");
    static final List<String> FUNDERS = List.of("Oak Trust", "Global Fund for Children", "Omega Foundation");

    /** The library searched: the embedded index here; a backend's own test gives its library instead. */
    protected Library open(Path dir) throws IOException {
        return LuceneLibrary.open(dir, VOCABULARY);
    }

    @BeforeAll
    public void build() throws IOException {
        LIVE.clear();
        MARKED.clear();
        Random random = new Random(20261129);
        countries = VOCABULARY.countryCodes().stream().sorted().filter(c -> VOCABULARY.regionOf(c).isPresent())
                .filter(c -> random.nextInt(8) == 0).limit(14).toList();
        topics = VOCABULARY.topics().stream().map(Term::code).limit(7).toList();
        types = VOCABULARY.types().stream().map(Term::code).limit(5).toList();
        library = open(dir);
        for (int i = 0; i < DOCUMENTS; i++) {
            add(random, "doc-" + i);
            if (i % 150 == 149) {
                library.commit(); // several segments: ordinals differ per segment
            }
        }
        for (int i = 0; i < DOCUMENTS; i += 17) {
            library.delete("doc-" + i);
            LIVE.remove("doc-" + i);
            MARKED.remove("doc-" + i);
        }
        for (int i = 5; i < DOCUMENTS; i += 23) {
            add(random, "doc-" + i); // replaced: the old version is a deleted document
        }
        library.commit();
    }

    private static void add(Random random, String id) throws IOException {
        Integer year = random.nextInt(10) == 0 ? null : 2010 + random.nextInt(12);
        String organization = random.nextInt(6) == 0 ? null : pick(random, ORGANIZATIONS);
        List<String> docCountries = some(random, countries, 3);
        List<String> docTopics = some(random, topics, 3);
        String type = random.nextInt(12) == 0 ? null : pick(random, types);
        String language = pick(random, List.of("en", "fr", "es", "pt"));
        boolean marked = random.nextBoolean();
        Instant added = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000));
        String funder = random.nextInt(3) == 0 ? null : pick(random, FUNDERS);
        Resource resource = Resource.of(id, Metadata.NONE.with(TITLE, "Document " + id)
                        .with(COUNTRIES, docCountries).with(TOPICS, docTopics).with(TYPE, type)
                        .with(LANGUAGE, language).with(YEAR, year).with(ORGANIZATION, organization)
                        .with(FUNDER, funder))
                .withFile(id + ".txt", "text/plain", 100, null).withTimes(added, added)
                .withExtraction(new Extraction("text/plain", 100, 1, false, null, Map.of()));
        library.upsert(new ResourceContent(resource, List.of(marked ? "omega " + MARKER + " text" : "omega text")));
        LIVE.put(id, resource);
        if (marked) {
            MARKED.add(id);
        } else {
            MARKED.remove(id);
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> some(Random random, List<String> values, int most) {
        Set<String> chosen = new HashSet<>();
        for (int n = random.nextInt(most + 1); n > 0; n--) {
            chosen.add(pick(random, values));
        }
        return List.copyOf(chosen);
    }

    @AfterAll
    public void close() throws IOException {
        library.close();
    }

    @TestFactory
    public Stream<DynamicTest> randomSearchesCountLikeBruteForce() {
        Random random = new Random(7);
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            requests.add(randomRequest(random));
        }
        return requests.stream().map(request -> DynamicTest.dynamicTest(describe(request), () -> {
            SearchResponse response = library.search(request);
            assertThat(response.total()).as("total").isEqualTo(expectedTotal(request));
            for (Dimension dimension : Dimension.values()) {
                assertThat(counts(response.facets().get(dimension.param())))
                        .as(dimension.param()).isEqualTo(expectedCounts(request, dimension));
            }
            for (FacetValue region : response.facets().get(Dimension.REGION.param())) {
                assertThat(counts(region.children())).as("countries of " + region.value())
                        .isEqualTo(expectedCountries(request, region.value()));
            }
        }));
    }

    @TestFactory
    public Stream<DynamicTest> libraryValuesCountEveryLiveDocument() {
        SearchRequest nothing = SearchRequest.builder().build();
        return Stream.of(Dimension.values()).map(dimension -> DynamicTest.dynamicTest(dimension.param(), () ->
                assertThat(counts(library.facetValues(dimension, "", 1000, "en")))
                        .isEqualTo(expectedCounts(nothing, dimension))));
    }

    private static SearchRequest randomRequest(Random random) {
        // No words, the marker word, or a phrase with it (phrases are checked after the selections).
        String query = switch (random.nextInt(4)) {
            case 0 -> MARKER;
            case 1 -> "\"omega " + MARKER + "\"";
            default -> "";
        };
        SearchRequest.Builder builder = SearchRequest.builder().query(query).size(1 + random.nextInt(20));
        List<Dimension> dimensions = new ArrayList<>(List.of(Dimension.values()));
        for (int n = random.nextInt(4); n > 0; n--) {
            Dimension dimension = dimensions.remove(random.nextInt(dimensions.size()));
            if (dimension == Dimension.YEAR && random.nextBoolean()) {
                builder.years(random.nextBoolean() ? null : 2011 + random.nextInt(5),
                        random.nextBoolean() ? null : 2016 + random.nextInt(5));
                continue;
            }
            List<String> pool = pool(dimension);
            builder.filter(dimension, some(random, pool, 2).isEmpty() ? List.of(pick(random, pool))
                    : some(random, pool, 2));
        }
        return builder.build();
    }

    private static List<String> pool(Dimension dimension) {
        return switch (dimension.param()) {
            case "country" -> countries;
            case "region" -> VOCABULARY.regions().stream().map(Term::code).toList();
            case "topic" -> topics;
            case "type" -> types;
            case "language" -> List.of("en", "fr", "es", "pt");
            case "year" -> List.of("2012", "2015", "2019", "2030"); // 2030: selected, but no document has it
            case "organization" -> Stream.concat(ORGANIZATIONS.stream(), Stream.of("Nobody")).toList();
            case "funder" -> Stream.concat(FUNDERS.stream(), Stream.of("Nobody")).toList();
            default -> throw new IllegalArgumentException(dimension.param());
        };
    }

    private static String describe(SearchRequest request) {
        return "q='" + request.query() + "' " + request.filters() + " years " + request.yearFrom() + ".."
                + request.yearTo();
    }

    /** Value → count, for the values with a count above zero. */
    private static Map<String, Long> counts(List<FacetValue> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.stream().filter(v -> v.count() > 0).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    private static long expectedTotal(SearchRequest request) {
        return LIVE.values().stream().filter(r -> matches(request, r, null)).count();
    }

    private static Map<String, Long> expectedCounts(SearchRequest request, Dimension dimension) {
        Map<String, Long> counts = new TreeMap<>();
        LIVE.values().stream().filter(r -> matches(request, r, dimension))
                .forEach(r -> values(r, dimension).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts;
    }

    private static Map<String, Long> expectedCountries(SearchRequest request, String region) {
        Map<String, Long> counts = new TreeMap<>();
        LIVE.values().stream().filter(r -> matches(request, r, Dimension.REGION))
                .forEach(r -> r.countries().stream()
                        .filter(c -> VOCABULARY.regionOf(c).orElse("").equals(region))
                        .forEach(c -> counts.merge(c, 1L, Long::sum)));
        return counts;
    }

    /** Whether a resource matches the words and every selection but {@code except}'s. */
    private static boolean matches(SearchRequest request, Resource resource, Dimension except) {
        if (!request.query().isEmpty() && !MARKED.contains(resource.id())) {
            return false;
        }
        Map<Dimension, List<String>> selections = request.filters();
        for (Dimension dimension : Dimension.values()) {
            if (dimension == except) {
                continue;
            }
            List<String> selected = selections.getOrDefault(dimension, List.of());
            Set<String> values = values(resource, dimension);
            if (!selected.isEmpty() && selected.stream().noneMatch(values::contains)) {
                return false;
            }
            if (dimension == Dimension.YEAR && (request.yearFrom() != null || request.yearTo() != null)) {
                Integer year = resource.year();
                if (year == null || (request.yearFrom() != null && year < request.yearFrom())
                        || (request.yearTo() != null && year > request.yearTo())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> values(Resource resource, Dimension dimension) {
        Set<String> values = new HashSet<>();
        switch (dimension.param()) {
            case "country" -> values.addAll(resource.countries());
            case "region" -> resource.countries().forEach(c -> VOCABULARY.regionOf(c).ifPresent(values::add));
            case "topic" -> values.addAll(resource.topics());
            case "type" -> addIfPresent(values, resource.type());
            case "language" -> addIfPresent(values, resource.language());
            case "year" -> addIfPresent(values, resource.year() == null ? null : resource.year().toString());
            case "organization" -> addIfPresent(values, resource.organization());
            case "funder" -> addIfPresent(values, (String) FUNDER.of(resource));
            default -> throw new IllegalArgumentException(dimension.param());
        }
        return values;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}
