package org.resourcelibrary.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.store.DataDirectory;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.web.SampleLibrary;

/**
 * The gap map's documents over the whole sample library, checked against a plain count: every document read
 * once, its values of both dimensions paired (a region is its countries' regions).
 */
class GapMapSampleLibraryTest {

    @TempDir
    static Path dir;
    private static LuceneLibrary library;
    private static GapMap map;

    @BeforeAll
    static void ingest() throws Exception {
        DataDirectory data = new DataDirectory(dir).create();
        library = LuceneLibrary.open(data.index(), Vocabulary.standard());
        SampleLibrary.ingest(library, data);
        map = new GapMap(library, Vocabulary.standard(), new QueryConcepts(Vocabulary.standard(),
                Thesaurus::standard));
    }

    @AfterAll
    static void close() throws Exception {
        library.close();
    }

    @ParameterizedTest
    @CsvSource({"country,topic", "region,topic", "topic,language", "language,country"})
    void everyCellCountsTheDocumentsWithBothValues(String rows, String cols) throws Exception {
        Dimension rowDimension = Dimension.fromParam(rows).orElseThrow();
        Dimension colDimension = Dimension.fromParam(cols).orElseThrow();
        GapMap.Report report = map.report(rowDimension, colDimension, "en",
                InsightsPeriod.of(null, null, LocalDate.parse("2026-06-01")), null);

        Map<String, Long> expected = oracle(rowDimension, colDimension);
        Map<String, Long> actual = new HashMap<>();
        for (GapMap.Row row : report.table()) {
            for (int i = 0; i < report.columns().size(); i++) {
                long documents = row.cells().get(i).documents();
                if (documents > 0) {
                    actual.put(row.value() + "|" + report.columns().get(i).value(), documents);
                }
            }
        }
        assertThat(actual).isNotEmpty().isEqualTo(expected);
    }

    /**
     * Documents per pair of values, counted one document at a time (every edition: a search's hits are one per
     * work).
     */
    private static Map<String, Long> oracle(Dimension rows, Dimension cols) {
        Map<String, Long> counts = new HashMap<>();
        for (String id : library.rankedIds(SearchRequest.builder().build(), (int) library.count())) {
            Resource document = library.get(id).orElseThrow();
            for (String r : values(rows, document)) {
                for (String c : values(cols, document)) {
                    counts.merge(r + "|" + c, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static List<String> values(Dimension dimension, Resource hit) {
        return switch (dimension.param()) {
            case "country" -> hit.countries();
            case "region" -> hit.countries().stream().map(c -> Vocabulary.standard().regionOf(c).orElse(null))
                    .filter(java.util.Objects::nonNull).distinct().toList();
            case "topic" -> hit.topics();
            case "language" -> hit.language() == null ? List.of() : List.of(hit.language());
            default -> throw new IllegalArgumentException(dimension.param());
        };
    }
}
