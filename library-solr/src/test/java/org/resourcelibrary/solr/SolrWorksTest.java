package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * Editions of one work on SolrCloud, against the embedded index holding the same documents: one hit per work, the
 * edition in the member's language shown, the other editions listed, works counted and documents totalled the same,
 * cursors through every page of works; and a document's work changed, or an edition deleted, leaves no copy behind
 * (the collection is routed by work, {@link WorkRouting}).
 */
@ExtendWith(TestCloud.class)
class SolrWorksTest {

    private static final String COLLECTION = "works";
    private static final int DOCUMENTS = 60;
    /** Every this many documents, in turn, are the editions of one work; the others are works of their own. */
    private static final int EDITIONS = 3;
    /** The languages of a work's editions, in turn. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "es");
    /** Documents of no work: the corpus's last ones. */
    private static final int ALONE = 15;
    /** A small page, so that a cursor walks many. */
    private static final int PAGE = 4;
    /** Words per document: the corpus's shortest (the text plays little part here). */
    private static final int MEDIAN_WORDS = 60;
    /** Shorter words are not taken as a query's word: they may be stop words. */
    private static final int MIN_WORD = 4;
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private static SideBySide both;
    private static LuceneLibrary lucene;
    private static SolrLibrary solr;
    private static List<ResourceContent> documents;

    @BeforeAll
    static void load() throws Exception {
        List<ResourceContent> corpus = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, VOCABULARY, MEDIAN_WORDS)
                .contents(DOCUMENTS).toList();
        documents = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            Resource resource = corpus.get(i).resource();
            if (i < DOCUMENTS - ALONE) {
                resource = resource.with(MetadataField.WORK, "work-" + i / EDITIONS)
                        .with(MetadataField.LANGUAGE, LANGUAGES.get(i % EDITIONS));
            }
            documents.add(new ResourceContent(resource, corpus.get(i).pages()));
        }
        both = SideBySide.holding(TestCloud.library(COLLECTION, VOCABULARY), documents, VOCABULARY);
        lucene = both.lucene();
        solr = both.solr();
    }

    @AfterAll
    static void close() throws Exception {
        both.close();
    }

    /** Searches in every order, with and without a member's language and words. */
    private static Map<String, SearchRequest> requests() {
        Map<String, SearchRequest> requests = new LinkedHashMap<>();
        for (Sort sort : Sort.values()) {
            requests.put("everything by " + sort, SearchRequest.builder().sort(sort).size(SearchRequest.MAX_SIZE)
                    .build());
            requests.put("everything by " + sort + ", member reads French", SearchRequest.builder().sort(sort)
                    .size(SearchRequest.MAX_SIZE).memberLanguage(new MemberLanguage("fr", MemberLanguage.Source.PARAM))
                    .build());
        }
        requests.put("a word by title, member reads Spanish", SearchRequest.builder().query(commonWord())
                .sort(Sort.TITLE).size(SearchRequest.MAX_SIZE)
                .memberLanguage(new MemberLanguage("es", MemberLanguage.Source.PARAM)).build());
        return requests;
    }

    @TestFactory
    Stream<DynamicTest> oneHitPerWorkAsTheEmbeddedIndexShowsIt() {
        return requests().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            SearchResponse embedded = lucene.search(entry.getValue());
            SearchResponse cloud = solr.search(entry.getValue());

            assertThat(cloud.works()).as("works").isEqualTo(embedded.works()).isLessThan(embedded.total());
            assertThat(cloud.total()).as("documents").isEqualTo(embedded.total());
            assertThat(shown(cloud)).as("hits with their editions, in order").isEqualTo(shown(embedded));
            assertThat(cloud.backendNotes()).noneMatch(note -> note.contains("work"));
        }));
    }

    @Test
    void aCursorWalksEveryWorkOnceInTheEmbeddedOrder() {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchResponse page = solr.search(SearchRequest.builder().sort(Sort.NEWEST).size(PAGE).cursor(cursor)
                    .build());
            page.hits().forEach(hit -> walked.add(hit.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages <= DOCUMENTS);

        SearchResponse whole = lucene.search(SearchRequest.builder().sort(Sort.NEWEST).size(SearchRequest.MAX_SIZE)
                .build());
        assertThat(walked).as("after %s pages", pages).isEqualTo(ids(whole));
    }

    @Test
    void aDocumentMovedToAnotherWorkLeavesNoCopyAndIsGroupedWithItsNewWork() throws Exception {
        ResourceContent moved = documents.get(0);
        Resource other = documents.get(EDITIONS).resource();
        ResourceContent edited = new ResourceContent(moved.resource().with(MetadataField.WORK, other.work()),
                moved.pages());
        for (Library library : List.of(lucene, solr)) {
            library.upsert(edited);
            library.commit();
        }

        assertThat(solr.count()).as("documents").isEqualTo(lucene.count());
        assertThat(solr.editions(other.work())).extracting(Resource::id).contains(moved.resource().id());
        assertThat(solr.editions(moved.resource().work())).extracting(Resource::id)
                .doesNotContain(moved.resource().id());
        assertThat(solr.get(moved.resource().id())).map(Resource::work).contains(other.work());
        SearchRequest everything = SearchRequest.builder().sort(Sort.TITLE).size(SearchRequest.MAX_SIZE).build();
        assertThat(shown(solr.search(everything))).isEqualTo(shown(lucene.search(everything)));
    }

    @Test
    void aDeletedEditionLeavesItsWorkAndTheCounts() throws Exception {
        Resource deleted = documents.get(2 * EDITIONS + 1).resource();
        for (Library library : List.of(lucene, solr)) {
            library.delete(deleted.id());
            library.commit();
        }

        assertThat(solr.get(deleted.id())).isEmpty();
        assertThat(solr.count()).as("documents").isEqualTo(lucene.count());
        assertThat(solr.editions(deleted.work())).extracting(Resource::id).doesNotContain(deleted.id()).isNotEmpty();
        SearchRequest everything = SearchRequest.builder().sort(Sort.OLDEST).size(SearchRequest.MAX_SIZE).build();
        SearchResponse cloud = solr.search(everything);
        assertThat(shown(cloud)).isEqualTo(shown(lucene.search(everything)));
        assertThat(cloud.total()).isEqualTo(lucene.search(everything).total());
    }

    /** The word most documents have, so that it finds several editions of several works. */
    private static String commonWord() {
        Map<String, Integer> documentsWith = new HashMap<>();
        for (ResourceContent content : documents) {
            String text = String.join(" ", content.pages()).toLowerCase(Locale.ROOT);
            new HashSet<>(Arrays.asList(text.split("[^\\p{L}]+"))).stream().filter(word -> word.length() > MIN_WORD)
                    .forEach(word -> documentsWith.merge(word, 1, Integer::sum));
        }
        return documentsWith.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(Hit::id).toList();
    }

    /** Each hit's id with its editions' ids. */
    private static List<String> shown(SearchResponse response) {
        return response.hits().stream().map(hit -> hit.id() + " " + hit.editions().stream()
                .map(edition -> edition.id()).toList()).toList();
    }
}
