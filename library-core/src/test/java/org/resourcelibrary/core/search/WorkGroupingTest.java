package org.resourcelibrary.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resourcelibrary.core.model.MetadataField.LANGUAGE;
import static org.resourcelibrary.core.model.MetadataField.ORGANIZATION;
import static org.resourcelibrary.core.model.MetadataField.TITLE;
import static org.resourcelibrary.core.model.MetadataField.TYPE;
import static org.resourcelibrary.core.model.MetadataField.WORK;
import static org.resourcelibrary.core.model.MetadataField.YEAR;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * A work's editions are one hit: checked against the plain answer (the documents matched, grouped by work in a
 * map) on a random library, over every page and every cursor of every order: no work twice, none lost, the
 * totals say what they count.
 */
class WorkGroupingTest {

    private static final long SEED = 16;
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");
    private static final String MARKER = "zeta";

    @TempDir
    static Path dir;
    private static LuceneLibrary library;
    /** Every document, by id. */
    private static final Map<String, Resource> DOCUMENTS = new LinkedHashMap<>();
    private static final Set<String> MARKED = new HashSet<>();

    @BeforeAll
    static void index() throws Exception {
        library = LuceneLibrary.open(dir, Vocabulary.standard());
        Random random = new Random(SEED);
        int next = 0;
        for (int w = 0; w < 25; w++) {
            // Some works have editions in two to four languages; the others are documents of their own.
            boolean translated = w % 2 == 0;
            int editions = translated ? 2 + random.nextInt(3) : 1;
            int year = 2010 + random.nextInt(12);
            for (int e = 0; e < editions; e++) {
                String id = String.format("d%03d", next++);
                boolean marked = random.nextInt(3) > 0;
                add(id, "Document " + random.nextInt(1000), LANGUAGES.get(e), year + random.nextInt(2),
                        translated ? "work-" + w : null, marked);
            }
        }
        library.commit();
    }

    private static void add(String id, String title, String language, int year, String work, boolean marked)
            throws Exception {
        Instant added = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(DOCUMENTS.size());
        Resource resource = Resource.of(id, Metadata.NONE.with(TITLE, title).with(TYPE, "report")
                        .with(LANGUAGE, language).with(YEAR, year).with(ORGANIZATION, "Ministry").with(WORK, work))
                .withFile(id + ".pdf", "application/pdf", 100, null).withTimes(added, added)
                .withExtraction(new Extraction("application/pdf", 100, 1, false, null, Map.of()));
        String text = marked ? "omega " + MARKER + " text" : "omega text";
        library.upsert(new ResourceContent(resource, List.of(text)));
        DOCUMENTS.put(id, resource);
        if (marked) {
            MARKED.add(id);
        }
    }

    @AfterAll
    static void close() throws Exception {
        library.close();
    }

    /** The works of the documents passing {@code matched}, as the plain answer: a work's key or the id. */
    private static Set<String> works(Predicate<Resource> matched) {
        Set<String> works = new HashSet<>();
        DOCUMENTS.values().stream().filter(matched).forEach(r -> works.add(workOf(r)));
        return works;
    }

    private static String workOf(Resource resource) {
        return resource.work() == null ? resource.id() : resource.work();
    }

    private static String workOf(String id) {
        return workOf(DOCUMENTS.get(id));
    }

    private static SearchRequest.Builder request(String query, Sort sort, int size) {
        return SearchRequest.builder().query(query).sort(sort).size(size);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void pagingByNumberShowsEveryWorkOnce(Sort sort) {
        for (String query : List.of("", MARKER)) {
            Set<String> expected = works(r -> query.isEmpty() || MARKED.contains(r.id()));
            List<String> seen = new ArrayList<>();
            for (int page = 1; page <= 40; page++) {
                SearchResponse response = library.search(request(query, sort, 4).page(page).build());
                assertThat(response.works()).isEqualTo(expected.size());
                response.hits().forEach(hit -> seen.add(workOf(hit.id())));
            }
            assertThat(seen).as("%s by %s", query, sort).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void pagingByCursorShowsEveryWorkOnce(Sort sort) {
        for (String query : List.of("", MARKER)) {
            Set<String> expected = works(r -> query.isEmpty() || MARKED.contains(r.id()));
            List<String> seen = new ArrayList<>();
            String cursor = null;
            for (int step = 0; step < 40; step++) {
                SearchRequest.Builder builder = request(query, sort, 3);
                SearchResponse response = library.search((cursor == null ? builder : builder.cursor(cursor)).build());
                response.hits().forEach(hit -> seen.add(workOf(hit.id())));
                cursor = response.nextCursor();
                if (cursor == null) {
                    break;
                }
            }
            assertThat(cursor).isNull();
            assertThat(seen).as("%s by %s", query, sort).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void totalCountsDocumentsAndWorksCountsWorks() {
        SearchResponse response = library.search(request(MARKER, Sort.RELEVANCE, 10).build());

        assertThat(response.total()).isEqualTo(MARKED.size());
        assertThat(response.works()).isEqualTo(works(r -> MARKED.contains(r.id())).size())
                .isLessThan(response.total());
        assertThat(response.lastPage()).isEqualTo(SearchResponse.lastPage(response.works(), 10));
    }

    @Test
    void aFilterOnLanguageCountsTheEditionsInThatLanguage() {
        SearchResponse response = library.search(SearchRequest.builder().filter(Dimension.LANGUAGE, "fr").size(50)
                .build());

        long french = DOCUMENTS.values().stream().filter(r -> r.language().equals("fr")).count();
        assertThat(response.total()).isEqualTo(french);
        assertThat(response.works()).isEqualTo(french);
        assertThat(response.hits()).allSatisfy(hit -> assertThat(hit.language()).isEqualTo("fr"));
        assertThat(response.facets().get("language")).filteredOn(v -> v.value().equals("fr"))
                .singleElement().extracting(FacetValue::count).isEqualTo(french);
    }

    @Test
    void aHitShowsTheEditionInTheMembersLanguageAndListsTheOthers() {
        SearchResponse response = library.search(SearchRequest.builder().size(100)
                .memberLanguage(MemberLanguage.given("es")).build());

        for (Hit hit : response.hits()) {
            Resource shown = DOCUMENTS.get(hit.id());
            List<Resource> editions = DOCUMENTS.values().stream()
                    .filter(r -> shown.work() != null && shown.work().equals(r.work())).toList();
            boolean hasSpanish = editions.stream().anyMatch(r -> r.language().equals("es"));
            if (hasSpanish) {
                assertThat(hit.language()).as(hit.id()).isEqualTo("es");
            }
            assertThat(hit.editions()).extracting(Edition::id).as(hit.id())
                    .containsExactlyInAnyOrderElementsOf(editions.stream().map(Resource::id)
                            .filter(id -> !id.equals(hit.id())).toList());
        }
    }

    @Test
    void withoutAMemberLanguageTheBestRankedEditionIsShown() {
        SearchResponse response = library.search(SearchRequest.builder().sort(Sort.TITLE).size(100).build());

        // By title, each work is shown by the edition whose title sorts first.
        for (Hit hit : response.hits()) {
            String work = DOCUMENTS.get(hit.id()).work();
            String firstTitle = DOCUMENTS.values().stream().filter(r -> work != null && work.equals(r.work()))
                    .map(r -> Vocabulary.fold(r.title()) + " " + r.id()).sorted().findFirst()
                    .orElse(Vocabulary.fold(hit.title()) + " " + hit.id());
            assertThat(firstTitle).as(hit.id()).endsWith(" " + hit.id());
        }
    }

    @Test
    void editionsAreListedInTheLibrarysLanguageOrder() {
        SearchResponse response = library.search(SearchRequest.builder().size(100)
                .memberLanguage(MemberLanguage.given("pt")).build());

        for (Hit hit : response.hits()) {
            List<Integer> order = hit.editions().stream().map(e -> LANGUAGES.indexOf(e.language())).toList();
            assertThat(order).isSorted();
            assertThat(hit.editions()).allSatisfy(e -> assertThat(e.url()).isEqualTo(Hit.documentUrl(e.id())));
        }
    }
}
