package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.resourcelibrary.core.model.MetadataField.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/** The funder dimension, added by its definition alone: indexed, filtered, searched, counted and suggested. */
class FunderDimensionTest {

    private static final String GLOBAL_FUND = "Global Fund for Children";
    private static final String TRUST = "Oak Trust";
    private static final Dimension FUNDER_DIMENSION = Dimension.of(FUNDER).orElseThrow();

    @TempDir
    static Path dir;
    private static LuceneLibrary library;

    @BeforeAll
    static void index() throws Exception {
        library = LuceneLibrary.open(dir, Vocabulary.standard());
        library.upsert(doc("a", "Case management in Zambia", GLOBAL_FUND));
        library.upsert(doc("b", "Supervision of case workers", GLOBAL_FUND));
        library.upsert(doc("c", "Case workers in Kenya", TRUST));
        library.upsert(doc("d", "Case study without a funder", null));
        library.commit();
    }

    @AfterAll
    static void close() throws Exception {
        library.close();
    }

    private static ResourceContent doc(String id, String title, String funder) {
        Instant added = Instant.parse("2024-01-01T00:00:00Z");
        Resource resource = Resource.of(id, Metadata.NONE.with(TITLE, title).with(TYPE, "report")
                        .with(LANGUAGE, "en").with(YEAR, 2020).with(ORGANIZATION, "Ministry").with(FUNDER, funder))
                .withFile(id + ".pdf", "application/pdf", 1000, null).withTimes(added, added)
                .withExtraction(new Extraction("application/pdf", 100, 1, false, null, Map.of()));
        return new ResourceContent(resource, List.of(title + ". The case pathway."));
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(Hit::id).sorted().toList();
    }

    @Test
    void aFunderFilterFindsTheDocumentsItPaidFor() {
        SearchResponse response = library.search(SearchRequest.builder().query("case")
                .filter(FUNDER_DIMENSION, GLOBAL_FUND).build());

        assertThat(ids(response)).containsExactly("a", "b");
    }

    @Test
    void funderCountsAreFacetsOfEverySearch() {
        SearchResponse response = library.search(SearchRequest.builder().query("case").build());

        assertThat(response.facets().get("funder")).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple(GLOBAL_FUND, 2L),
                        tuple(TRUST, 1L));
    }

    @Test
    void aFunderNamedInTheQueryIsAFilter() {
        SearchResponse response = library.search(SearchRequest.of("case funder:\"" + TRUST + "\""));

        assertThat(ids(response)).containsExactly("c");
    }

    @Test
    void theFunderFacetListsItsValuesAndSuggestsThem() {
        assertThat(library.facetValues(FUNDER_DIMENSION, "oak", 10, "en")).extracting(FacetValue::value)
                .containsExactly(TRUST);
        assertThat(library.suggest("global fu", 5, "en"))
                .contains(new Suggestion(GLOBAL_FUND, "funder", GLOBAL_FUND));
    }

    @Test
    void aFunderTooLongIsRefusedNamingTheParameter() {
        SearchParameters parameters = new SearchParameters(Vocabulary.standard(), SearchParameters.Mode.STRICT);
        Map<String, List<String>> given = Map.of("funder", List.of("x".repeat(Dimension.MAX_FREE_VALUE_LENGTH + 1)));

        assertThatThrownBy(() -> parameters.parse(given)).isInstanceOf(InvalidRequestException.class)
                .extracting("parameter").isEqualTo("funder");
    }

    @Test
    void theFunderParameterIsReadLikeEveryFilter() {
        SearchRequest request = new SearchParameters(Vocabulary.standard(), SearchParameters.Mode.STRICT)
                .parse(Map.of("funder", List.of(" Oak Trust ")));

        assertThat(request.selected(FUNDER_DIMENSION)).containsExactly(TRUST);
    }
}
