package org.resourcelibrary.benchmarks.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.benchmarks.SmallLibrary;
import org.resourcelibrary.benchmarks.mix.QueryMix;
import org.resourcelibrary.benchmarks.mix.QuerySpec;
import org.resourcelibrary.core.json.Json;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** The mix's answers written down: one line per query, what the searcher answered, the same file every run. */
class MixAnswersTest {

    private static final int QUERIES = 40;
    private static final long SEED = 1;

    @TempDir
    static Path dir;
    private static Path data;

    @BeforeAll
    static void build() throws Exception {
        data = dir.resolve("library");
        SmallLibrary.build(data);
    }

    @Test
    void writesEachQuerysTotalFirstHitsAndFacetCountsAsTheSearcherAnswersThem() throws Exception {
        Path out = dir.resolve("answers.jsonl");
        assertThat(new MixAnswers(Vocabulary.standard()).write(data, QUERIES, SEED, out)).isEqualTo(QUERIES);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(QUERIES);
        List<QuerySpec> mix = new QueryMix(Vocabulary.standard()).queries(SEED, QUERIES);
        try (LuceneLibrary library = LuceneLibrary.openReadOnly(new DataDirectory(data).index(),
                Vocabulary.standard())) {
            for (int i = 0; i < QUERIES; i++) {
                SearchResponse response = library.search(mix.get(i).toRequest());
                JsonNode answer = Json.mapper().readTree(lines.get(i));
                assertThat(answer.get("query").asText()).isEqualTo(mix.get(i).text());
                assertThat(answer.get("total").asLong()).isEqualTo(response.total());
                assertThat(answer.get("top")).hasSize(Math.min(MixAnswers.TOP_HITS, response.hits().size()));
                response.hits().stream().findFirst().ifPresent(hit ->
                        assertThat(answer.get("top").get(0).asText()).isEqualTo(hit.id()));
                assertThat(answer.get("facets").size()).isEqualTo(response.facets().size());
            }
        }
    }

    @Test
    void twoRunsOnTheSameLibraryWriteTheSameFile() throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        new MixAnswers(Vocabulary.standard()).write(data, QUERIES, SEED, first);
        new MixAnswers(Vocabulary.standard()).write(data, QUERIES, SEED, second);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        assertThat(Files.readString(first)).doesNotContain("tookMs");
    }
}
