package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The golden queries of {@code sample-docs/golden/queries.json} against the sample library ingested with
 * its manifest: exact top hits, hit sets and totals, "did you mean", and exact facet counts, with every
 * dimension's own selection counted sideways. One test per golden entry. The same entries run on SolrCloud in
 * {@code SolrGoldenSearchTest}, which gives its library through {@link #open} and names the entries its backend
 * answers otherwise ({@link #knownGaps}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenSearchTest {

    /** Hits looked at for sets and exclusions: more than the library holds. */
    private static final int ALL = 100;

    private Library index;
    private JsonNode golden;

    /** The sample library searched: its embedded index here; a backend's own test gives its library instead. */
    Library open(IngestedSampleLibrary sample) throws Exception {
        return LuceneLibrary.openReadOnly(sample.library.data().index(), Vocabulary.standard());
    }

    /**
     * The golden entries, by name, that this backend answers otherwise, and why (said in its {@code backendNotes}):
     * each is checked to still differ, so that the day it stops differing the test says to remove it.
     */
    Map<String, String> knownGaps() {
        return Map.of();
    }

    /**
     * Whether this backend keeps the golden order among the top hits, or only the same top hits: a backend that
     * declares its order of hits may differ a little (SolrCloud's {@code backendNotes}) is held to the same
     * documents at the top, in any order.
     */
    boolean keepsTopOrder() {
        return true;
    }

    @BeforeAll
    void open() throws Exception {
        IngestedSampleLibrary sample = IngestedSampleLibrary.get();
        index = open(sample);
        golden = Json.mapper().readTree(sample.sampleDocs.resolve("golden/queries.json").toFile());
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @TestFactory
    Stream<DynamicTest> goldenQueries() {
        return stream(golden.get("queries")).map(entry -> golden(entry, () -> {
            SearchResponse response = index.search(request(entry, ALL));
            assertThat(response.partial()).as("past its time budget, so only what it found by then").isFalse();
            List<String> files = response.hits().stream().map(Hit::fileName).toList();
            if (entry.has("top")) {
                List<String> top = strings(entry.get("top"));
                if (keepsTopOrder()) {
                    assertThat(files).as("top hits of '%s'", entry.get("q").asText()).startsWith(top.toArray(String[]::new));
                } else {
                    assertThat(files.subList(0, Math.min(top.size(), files.size())))
                            .as("top hits of '%s', in any order", entry.get("q").asText())
                            .containsExactlyInAnyOrderElementsOf(top);
                }
            }
            if (entry.has("excludes")) {
                assertThat(files).isNotEmpty().doesNotContainAnyElementsOf(strings(entry.get("excludes")));
            }
            if (entry.has("set")) {
                assertThat(files).containsExactlyInAnyOrderElementsOf(strings(entry.get("set")));
            }
            if (entry.has("total")) {
                assertThat(response.total()).isEqualTo(entry.get("total").asLong());
            }
            if (entry.has("didYouMean")) {
                assertThat(response.didYouMean()).isEqualTo(entry.get("didYouMean").asText());
            }
            if (entry.has("page")) {
                assertThat(response.hits().get(0).snippets().get(0).page()).isEqualTo(entry.get("page").asInt());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> goldenFacetCounts() {
        return stream(golden.get("facets")).map(entry -> golden(entry, () -> {
            SearchResponse response = index.search(request(entry, 10));
            assertThat(response.partial()).as("past its time budget, so only what it found by then").isFalse();
            assertThat(response.total()).isEqualTo(entry.get("total").asLong());
            boolean partial = entry.path("partial").asBoolean(false);
            entry.get("counts").fields().forEachRemaining(dimension -> {
                Map<String, Long> expected = new LinkedHashMap<>();
                dimension.getValue().fields().forEachRemaining(v -> expected.put(v.getKey(), v.getValue().asLong()));
                Map<String, Long> actual = new LinkedHashMap<>();
                for (FacetValue value : response.facets().get(dimension.getKey())) {
                    actual.put(value.value(), value.count());
                }
                if (partial) {
                    assertThat(actual).as(dimension.getKey()).containsAllEntriesOf(expected);
                } else {
                    assertThat(actual).as(dimension.getKey()).isEqualTo(expected);
                }
            });
        }));
    }

    /** One golden entry's test: its checks pass, or fail still when they are a known gap of this backend. */
    private DynamicTest golden(JsonNode entry, ThrowingCallable checks) {
        String name = entry.get("name").asText();
        String gap = knownGaps().get(name);
        return DynamicTest.dynamicTest(name, gap == null ? checks::call : () -> assertThatThrownBy(checks)
                .as("'%s' is answered as the golden file says now: remove it from the known gaps (%s)", name, gap)
                .isInstanceOf(AssertionError.class));
    }

    private static SearchRequest request(JsonNode entry, int size) {
        SearchRequest.Builder builder = SearchRequest.builder().query(entry.path("q").asText("")).size(size);
        entry.path("filters").fields().forEachRemaining(filter ->
                builder.filter(Dimension.fromParam(filter.getKey()).orElseThrow(), strings(filter.getValue())));
        if (entry.has("yearFrom") || entry.has("yearTo")) {
            builder.years(entry.has("yearFrom") ? entry.get("yearFrom").asInt() : null,
                    entry.has("yearTo") ? entry.get("yearTo").asInt() : null);
        }
        return builder.build();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> entries = new ArrayList<>();
        array.forEach(entries::add);
        return entries.stream();
    }
}
