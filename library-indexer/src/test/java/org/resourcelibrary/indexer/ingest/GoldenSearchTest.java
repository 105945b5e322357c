package org.resourcelibrary.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.TestFactory;
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
 * dimension's own selection counted sideways. One test per golden entry.
 */
class GoldenSearchTest {

    /** Hits looked at for sets and exclusions: more than the library holds. */
    private static final int ALL = 100;

    private static LuceneLibrary index;
    private static JsonNode golden;

    @BeforeAll
    static void open() throws Exception {
        IngestedSampleLibrary sample = IngestedSampleLibrary.get();
        index = LuceneLibrary.openReadOnly(sample.library.data().index(), Vocabulary.standard());
        golden = Json.mapper().readTree(sample.sampleDocs.resolve("golden/queries.json").toFile());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @TestFactory
    Stream<DynamicTest> goldenQueries() {
        return stream(golden.get("queries")).map(entry -> DynamicTest.dynamicTest(entry.get("name").asText(), () -> {
            SearchResponse response = index.search(request(entry, ALL));
            List<String> files = response.hits().stream().map(Hit::fileName).toList();
            if (entry.has("top")) {
                List<String> top = strings(entry.get("top"));
                assertThat(files).as("top hits of '%s'", entry.get("q").asText()).startsWith(top.toArray(String[]::new));
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
        return stream(golden.get("facets")).map(entry -> DynamicTest.dynamicTest(entry.get("name").asText(), () -> {
            SearchResponse response = index.search(request(entry, 10));
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
