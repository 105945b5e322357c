package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.Hit;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.SearchResponse;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * The same documents in the embedded index and in a real SolrCloud (2 shards × 2 replicas): the same searches give
 * the same totals and exactly the same facet counts (drill-sideways, across shards), the same thesaurus
 * expansions (and the documents their labels and tags find), the same hits in every order
 * but relevance (where only the set of hits is compared: Solr's edismax scores otherwise, see BackendNotes), and
 * cursors that go through every page finding every document once.
 */
@ExtendWith(TestCloud.class)
class SolrLibraryParityTest {

    /** Documents of the synthetic corpus in both backends: more than a page of every facet value. */
    private static final int DOCUMENTS = 400;
    /** Words per document: enough for the words of the queries to occur in many. */
    private static final int MEDIAN_WORDS = 120;
    /** Suggestions asked for as the search box asks. */
    private static final int SUGGESTIONS = 8;
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    /** Documents whose long words are tried as queries until one has stemmed forms marked (most have). */
    private static final int STEMMING_CANDIDATES = 40;
    /** Words of a document's text a query in its language is made of. */
    private static final int QUERY_WORDS = 4;

    private static SideBySide both;
    private static LuceneLibrary lucene;
    private static SolrLibrary solr;
    private static List<ResourceContent> documents;

    @BeforeAll
    static void load() throws Exception {
        documents = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, VOCABULARY, MEDIAN_WORDS).contents(DOCUMENTS)
                .toList();
        both = SideBySide.holding(TestCloud.library(VOCABULARY), documents, VOCABULARY);
        lucene = both.lucene();
        solr = both.solr();
    }

    @AfterAll
    static void close() throws Exception {
        both.close();
    }

    @Test
    void holdsEveryDocument() {
        assertThat(solr.count()).isEqualTo(DOCUMENTS);
        assertThat(solr.contentHashes()).isEqualTo(lucene.contentHashes());
    }

    @Test
    void givesBackADocumentAndItsPagesAsWritten() {
        ResourceContent content = documents.get(7);
        String id = content.resource().id();
        assertThat(solr.get(id)).isEqualTo(lucene.get(id));
        assertThat(solr.content(id)).isEqualTo(lucene.content(id));
        assertThat(solr.pages(id, 2)).isEqualTo(lucene.pages(id, 2));
        assertThat(solr.findBySha256(content.resource().sha256())).isEqualTo(lucene.findBySha256(
                content.resource().sha256()));
    }

    @TestFactory
    Stream<DynamicTest> sameTotalsAndFacetCounts() {
        return requests().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            SearchResponse embedded = lucene.search(entry.getValue());
            SearchResponse cloud = solr.search(entry.getValue());
            assertThat(cloud.total()).as("total").isEqualTo(embedded.total());
            assertThat(cloud.relaxed()).as("relaxed").isEqualTo(embedded.relaxed());
            assertThat(cloud.expansions()).as("what the thesaurus added").isEqualTo(embedded.expansions());
            assertThat(counts(cloud)).as("facet counts").isEqualTo(counts(embedded));
            if (entry.getValue().sort() != Sort.RELEVANCE) {
                assertThat(ids(cloud)).as("hits in order").isEqualTo(ids(embedded));
            }
            assertThat(allIds(solr, entry.getValue())).as("every hit").isEqualTo(allIds(lucene, entry.getValue()));
        }));
    }

    @Test
    void cursorsGoThroughEveryPageFindingEveryDocumentOnce() {
        SearchRequest first = SearchRequest.builder().sort(Sort.OLDEST).size(37).build();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchResponse page = solr.search(SearchRequest.builder().sort(Sort.OLDEST).size(37).cursor(cursor)
                    .build());
            assertThat(page.total()).as("total on page %s", pages + 1).isEqualTo(DOCUMENTS);
            page.hits().forEach(hit -> seen.add(hit.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages <= DOCUMENTS);
        assertThat(seen).as("after %s pages", pages).hasSize(DOCUMENTS).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 37)).isEqualTo(ids(lucene.search(first)));
    }

    @Test
    void aCursorMadeForAnotherSortIsRefused() {
        String cursor = solr.search(SearchRequest.builder().sort(Sort.OLDEST).build()).nextCursor();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> solr.search(SearchRequest.builder()
                        .sort(Sort.TITLE).cursor(cursor).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("issued for a different sort order");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> solr.search(SearchRequest.builder()
                        .cursor("not-a-cursor").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a cursor this service issued");
    }

    @Test
    void aSearchWithWordsSaysWhereSolrAnswersOtherwise() {
        SearchResponse response = solr.search(SearchRequest.builder().query(bodyWord(6)).build());
        assertThat(response.backendNotes()).contains(BackendNotes.RANKING);
        assertThat(response.hits()).allSatisfy(hit -> assertThat(hit.snippets()).isNotEmpty());
        assertThat(response.hits().get(0).snippets().get(0).text()).contains("<mark>");
    }

    @Test
    void marksTheStemmedFormsTheEmbeddedIndexMarks() {
        SearchRequest request = null;
        Set<String> embedded = Set.of();
        for (int i = 0; i < STEMMING_CANDIDATES && request == null; i++) {
            String word = bodyWord(i);
            SearchRequest candidate = SearchRequest.builder().query(word).sort(Sort.TITLE).expand(false).size(20)
                    .build();
            Set<String> marked = marked(lucene.search(candidate));
            if (marked.stream().anyMatch(form -> !form.equals(word))) {
                request = candidate;
                embedded = marked;
            }
        }
        assertThat(request).as("a word of which the embedded index marks other forms than the one typed").isNotNull();
        SearchResponse cloud = solr.search(request);
        assertThat(ids(cloud)).isEqualTo(ids(lucene.search(request)));
        assertThat(marked(cloud)).as("words marked for '%s'", request.query()).isEqualTo(embedded);
    }

    /** Every word marked in the snippets of a response's hits, in lower case. */
    private static Set<String> marked(SearchResponse response) {
        Set<String> marked = new java.util.TreeSet<>();
        java.util.regex.Pattern mark = java.util.regex.Pattern.compile("<mark>(.*?)</mark>");
        for (Hit hit : response.hits()) {
            for (org.resourcelibrary.core.search.Snippet snippet : hit.snippets()) {
                java.util.regex.Matcher m = mark.matcher(snippet.text());
                while (m.find()) {
                    marked.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return marked;
    }

    @TestFactory
    Stream<DynamicTest> suggestsAsTheMemberTypesAsEmbedded() {
        String country = VOCABULARY.label(Dimension.COUNTRY, documents.get(0).resource().countries().get(0), "fr");
        String topic = VOCABULARY.label(Dimension.TOPIC, documents.get(2).resource().topics().get(0), "en");
        String[] title = documents.get(12).resource().title().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(word(0).substring(0, 3), "en");
        typed.put(title[0] + " " + title[1].substring(0, Math.min(2, title[1].length())), "en");
        typed.put(country.substring(0, 3), "fr");
        typed.put(topic.substring(0, 4), "en");
        return typed.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<Suggestion> fromSolr = solr.suggest(entry.getKey(), SUGGESTIONS, entry.getValue());
            List<Suggestion> embedded = lucene.suggest(entry.getKey(), SUGGESTIONS, entry.getValue());
            assertThat(fromSolr).isNotEmpty();
            // Titles too in the same order: those of equal score by id on both backends.
            assertThat(fromSolr).isEqualTo(embedded);
        }));
    }

    @TestFactory
    Stream<DynamicTest> correctsMisspelledWordsAsEmbedded() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("a letter swapped", misspelled(word(0)));
        typed.put("a letter swapped, and a word", misspelled(word(1)) + " " + word(2));
        typed.put("two misspelled words", misspelled(word(3)) + " " + misspelled(bodyWord(6)));
        typed.put("a phrase and a misspelled word", "\"" + phrase(5) + "\" " + misspelled(word(2)));
        return typed.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            SearchRequest request = SearchRequest.builder().query(entry.getValue()).expand(false).size(20).build();
            SearchResponse embedded = lucene.search(request);
            SearchResponse cloud = solr.search(request);
            assertThat(embedded.didYouMean()).as("the embedded index corrects %s", entry.getValue()).isNotNull();
            assertThat(cloud.didYouMean()).as("did you mean").isEqualTo(embedded.didYouMean());
            assertThat(cloud.total()).as("total").isEqualTo(embedded.total());
            assertThat(allIds(solr, request)).as("every hit").isEqualTo(allIds(lucene, request));
        }));
    }

    @TestFactory
    Stream<DynamicTest> assumesTheLanguageOfTheQuerysWordsAsEmbedded() {
        return inEachLanguage().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            SearchRequest request = SearchRequest.builder().query(entry.getValue()).expand(false).size(20).build();
            SearchResponse embedded = lucene.search(request);
            SearchResponse cloud = solr.search(request);
            assertThat(cloud.language()).as("language of %s", entry.getValue()).isEqualTo(embedded.language());
            assertThat(allIds(solr, request)).as("every hit").isEqualTo(allIds(lucene, request));
        }));
    }

    @Test
    void theLanguageOfSomeQueriesIsClear() {
        assertThat(inEachLanguage().values().stream().map(q -> solr.search(SearchRequest.builder().query(q).build())
                .language().source())).contains(org.resourcelibrary.core.search.MemberLanguage.Source.QUERY);
    }

    /** The opening words of the first document in each language, by language. */
    private static Map<String, String> inEachLanguage() {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (ResourceContent content : documents) {
            byLanguage.putIfAbsent(content.resource().language(), String.join(" ", java.util.Arrays.stream(
                    content.pages().get(0).split("\\s+")).limit(QUERY_WORDS).toList()));
        }
        return byLanguage;
    }

    @Test
    void aLanguageTheMemberGaveIsKeptAsEmbedded() {
        SearchRequest request = SearchRequest.builder().query(bodyWord(6)).memberLanguage(
                org.resourcelibrary.core.search.MemberLanguage.given("fr")).build();
        assertThat(solr.search(request).language()).isEqualTo(lucene.search(request).language());
    }

    /** {@code word} with its second and third letters swapped: one edit, a word no document has. */
    private static String misspelled(String word) {
        return word.charAt(0) + "" + word.charAt(2) + word.charAt(1) + word.substring(3);
    }

    /** The searches compared: browsing, filters, multi-select, years, words, words with filters, every sort. */
    private static Map<String, SearchRequest> requests() {
        Map<String, SearchRequest> requests = new LinkedHashMap<>();
        requests.put("browse newest", SearchRequest.builder().size(20).build());
        requests.put("browse by title", SearchRequest.builder().sort(Sort.TITLE).size(20).build());
        String country = documents.get(0).resource().countries().get(0);
        String otherCountry = documents.get(1).resource().countries().get(0);
        String topic = documents.get(2).resource().topics().get(0);
        String type = documents.get(3).resource().type();
        requests.put("one country", SearchRequest.builder().filter(Dimension.COUNTRY, country).size(20).build());
        requests.put("two countries and a topic", SearchRequest.builder()
                .filter(Dimension.COUNTRY, country, otherCountry).filter(Dimension.TOPIC, topic).size(20).build());
        String region = VOCABULARY.regionOf(country).orElseThrow();
        requests.put("a region and a type", SearchRequest.builder().filter(Dimension.REGION, region)
                .filter(Dimension.TYPE, type).sort(Sort.OLDEST).size(20).build());
        requests.put("years", SearchRequest.builder().years(2012, 2018).size(20).build());
        requests.put("a year within a range", SearchRequest.builder().years(2010, 2020)
                .filter(Dimension.YEAR, Integer.toString(documents.get(4).resource().year())).size(20).build());
        for (int i = 0; i < 4; i++) {
            requests.put("word " + word(i), SearchRequest.builder().query(word(i)).expand(false).size(20).build());
        }
        requests.put("two words", SearchRequest.builder().query(word(0) + " " + word(1)).expand(false).size(20)
                .build());
        requests.put("a phrase", SearchRequest.builder().query("\"" + phrase(5) + "\"").expand(false).size(20)
                .build());
        requests.put("a word and a topic", SearchRequest.builder().query(word(2)).filter(Dimension.TOPIC, topic)
                .expand(false).size(20).build());
        String topicName = VOCABULARY.label(Dimension.TOPIC, topic, "en");
        String countryName = VOCABULARY.label(Dimension.COUNTRY, country, "fr");
        requests.put("a topic's name, expanded", SearchRequest.builder().query(topicName).size(20).build());
        requests.put("a topic's name, not expanded", SearchRequest.builder().query(topicName).expand(false)
                .size(20).build());
        requests.put("a country's name in French, expanded", SearchRequest.builder().query(countryName).size(20)
                .build());
        requests.put("a topic's name and a word, expanded", SearchRequest.builder().query(topicName + " " + word(1))
                .size(20).build());
        requests.put("a question naming a topic, expanded", SearchRequest.builder().query("how does "
                + topicName + " help " + word(0) + " " + word(2)).size(20).build());
        requests.put("a word newest first", SearchRequest.builder().query(word(3)).sort(Sort.NEWEST).expand(false)
                .size(20).build());
        return requests;
    }

    /** A word of the title of document {@code i}: one that many documents of its language have. */
    private static String word(int i) {
        String[] words = documents.get(10 + i).resource().title().split("\\s+");
        for (String word : words) {
            if (word.length() >= 6 && word.chars().allMatch(Character::isLetter)) {
                return word.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return words[0].toLowerCase(java.util.Locale.ROOT);
    }

    /** A long word of the text of document {@code i}. */
    private static String bodyWord(int i) {
        for (String word : documents.get(i).pages().get(0).split("\\s+")) {
            if (word.length() >= 7 && word.chars().allMatch(Character::isLetter)) {
                return word.toLowerCase(java.util.Locale.ROOT);
            }
        }
        throw new IllegalStateException("document " + i + " has no long word");
    }

    /** Two consecutive words of the text of document {@code i}. */
    private static String phrase(int i) {
        String[] words = documents.get(i).pages().get(0).split("\\s+");
        return words[1] + " " + words[2];
    }

    private static Map<String, Map<String, Long>> counts(SearchResponse response) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        response.facets().forEach((dimension, values) -> {
            Map<String, Long> byValue = new LinkedHashMap<>();
            for (FacetValue value : values) {
                byValue.put(value.value(), value.count());
                value.children().forEach(child -> byValue.put(value.value() + "/" + child.value(), child.count()));
            }
            counts.put(dimension, byValue);
        });
        return counts;
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(Hit::id).toList();
    }

    /** Every hit of a search (the neutral interface's ranked ids, read page by page on SolrCloud). */
    private static Set<String> allIds(Library library, SearchRequest request) {
        return new HashSet<>(library.rankedIds(request, DOCUMENTS + 1));
    }
}
