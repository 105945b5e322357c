package org.resourcelibrary.core.lucene.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldGroupQuery} scores exactly as Lucene's {@code CombinedFieldQuery} (which the ranking was tuned
 * with) on an index shaped like the library's: three fields with weights, a language's fields present in
 * only some documents, several segments, deletions, lengths from one word to thousands. With a
 * {@link TermCachingSearcher}, it and {@link SharedTermsPhraseQuery} score as they do without.
 */
class FieldGroupQueryTest {

    private static final String[] WORDS = {"care", "child", "social", "work", "supervision", "case", "family",
        "protection", "worker", "training", "rare"};
    private static final Map<String, Float> NEUTRAL = weights("title", "summary", "body");
    private static final Map<String, Float> ENGLISH = weights("title_en", "summary_en", "body_en");

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(11);
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setSimilarity(new BM25Similarity(1.2f, 0.75f)).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int doc = 0; doc < 900; doc++) {
                Document document = new Document();
                document.add(new StringField("id", "d" + doc, Field.Store.NO));
                String title = text(random, 1 + random.nextInt(8));
                String summary = random.nextInt(3) == 0 ? null : text(random, 5 + random.nextInt(40));
                String body = text(random, random.nextInt(10) == 0 ? 3000 : 1 + random.nextInt(400));
                add(document, "title", title);
                add(document, "summary", summary);
                add(document, "body", body);
                // Each document in one language's fields as well as the neutral ones, as the library does.
                String language = random.nextBoolean() ? "en" : "fr";
                add(document, "title_" + language, title);
                add(document, "summary_" + language, summary);
                add(document, "body_" + language, body);
                writer.addDocument(document);
                if (doc % 250 == 249) {
                    writer.commit();
                }
            }
            for (int doc = 0; doc < 900; doc += 7) {
                writer.deleteDocuments(new Term("id", "d" + doc));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
    }

    @AfterAll
    static void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }

    @Test
    void scoresAreExactlyThoseOfLuceneCombinedFieldQuery() throws IOException {
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        int compared = 0;
        for (Map<String, Float> group : List.of(NEUTRAL, ENGLISH, Map.of("body_en", 1f, "title_en", 2.5f))) {
            for (String word : WORDS) {
                Query ours = new FieldGroupQuery(group, new BytesRef(word));
                CombinedFieldQuery.Builder lucene = new CombinedFieldQuery.Builder();
                group.forEach(lucene::addField);
                compared += assertSameScores(ours, lucene.addTerm(new BytesRef(word)).build(), word);
            }
        }
        assertThat(compared).isGreaterThan(3000);
    }

    /**
     * A word across two languages' text fields scores exactly as in one field holding every document's text:
     * its frequency and the lengths are the library's, not one language's.
     */
    @Test
    void acrossLanguagesAWordScoresAsInOneFieldHoldingEveryLanguage() throws IOException {
        int compared = 0;
        for (float weight : new float[] {1f, 2.5f}) {
            for (String word : WORDS) {
                BytesRef term = new BytesRef(word);
                Query ours = FieldGroupQuery.acrossLanguages(
                        Map.of("en", Map.of("body_en", weight), "fr", Map.of("body_fr", weight)),
                        Map.of("en", term, "fr", term));
                Query oneField = new CombinedFieldQuery.Builder().addField("body", weight).addTerm(term).build();
                compared += assertSameScores(ours, oneField, word);
            }
        }
        assertThat(compared).isGreaterThan(3000);
    }

    /** Checks that {@code ours} ranks, scores, explains and counts as {@code theirs}; the hits compared. */
    private static int assertSameScores(Query ours, Query theirs, String word) throws IOException {
        ScoreDoc[] expected = searcher.search(theirs, reader.maxDoc()).scoreDocs;
        ScoreDoc[] actual = searcher.search(ours, reader.maxDoc()).scoreDocs;
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].doc).as("%s, rank %d", word, i).isEqualTo(expected[i].doc);
            assertThat(actual[i].score).as("%s in doc %d", word, actual[i].doc).isEqualTo(expected[i].score);
            assertThat(searcher.explain(ours, actual[i].doc).getValue().floatValue()).isEqualTo(actual[i].score);
        }
        assertThat(searcher.count(ours)).isEqualTo(searcher.count(theirs));
        return expected.length;
    }

    @Test
    void withTermsLookedUpOnceTheScoresAreTheSame() throws IOException {
        TermCachingSearcher caching = new TermCachingSearcher(reader);
        caching.setSimilarity(searcher.getSimilarity());
        int compared = 0;
        // Twice: the second round takes every term from the searcher's cache.
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < WORDS.length; i++) {
                String next = WORDS[(i + 1) % WORDS.length];
                Query group = new FieldGroupQuery(ENGLISH, new BytesRef(WORDS[i]));
                PhraseQuery exact = new PhraseQuery("body", WORDS[i], next);
                PhraseQuery near = new PhraseQuery(3, "body_en", WORDS[i], next);
                PhraseQuery gap = new PhraseQuery.Builder().add(new Term("body", WORDS[i]), 1)
                        .add(new Term("body", next), 3).build();
                for (Query[] pair : List.of(new Query[] {group, group},
                        new Query[] {SharedTermsPhraseQuery.of(exact), exact},
                        new Query[] {SharedTermsPhraseQuery.of(near), near},
                        new Query[] {SharedTermsPhraseQuery.of(gap), gap})) {
                    ScoreDoc[] expected = searcher.search(pair[1], reader.maxDoc()).scoreDocs;
                    ScoreDoc[] actual = caching.search(pair[0], reader.maxDoc()).scoreDocs;
                    assertThat(actual).hasSameSizeAs(expected);
                    for (int j = 0; j < expected.length; j++) {
                        assertThat(actual[j].doc).as("%s, rank %d", pair[0], j).isEqualTo(expected[j].doc);
                        assertThat(actual[j].score).as("%s in doc %d", pair[0], j).isEqualTo(expected[j].score);
                    }
                    compared += expected.length;
                }
            }
        }
        assertThat(compared).isGreaterThan(3000);
    }

    @Test
    void scoredAsACommonerWordARareWordMatchesTheSameDocumentsAndScoresLower() throws IOException {
        FieldGroupQuery own = new FieldGroupQuery(NEUTRAL, new BytesRef("rare"));
        Query asTyped = own.scoredAs(List.of(new FieldGroupQuery(NEUTRAL, new BytesRef("care"))));
        ScoreDoc[] ownHits = searcher.search(own, 1000).scoreDocs;
        Map<Integer, Float> asTypedScores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(asTyped, 1000).scoreDocs) {
            asTypedScores.put(hit.doc, hit.score);
        }
        assertThat(ownHits).isNotEmpty().hasSize(asTypedScores.size());
        for (ScoreDoc hit : ownHits) {
            assertThat(asTypedScores.get(hit.doc)).isLessThan(hit.score);
        }
    }

    @Test
    void aTermNoFieldHasMatchesNothing() throws IOException {
        assertThat(searcher.search(new FieldGroupQuery(NEUTRAL, new BytesRef("absent")), 10).totalHits.value)
                .isZero();
    }

    @Test
    void lengthsAreDroppedWithTheirSegment() throws IOException {
        IndexReader.CacheKey core;
        try (DirectoryReader own = DirectoryReader.open(directory)) {
            LeafReaderContext leaf = own.leaves().get(0);
            core = leaf.reader().getCoreCacheHelper().getKey();
            IndexSearcher ownSearcher = new IndexSearcher(own);
            ownSearcher.search(new FieldGroupQuery(NEUTRAL, new BytesRef("care")), 10);
            assertThat(GroupLengths.cached(core)).isTrue();
        }
        assertThat(GroupLengths.cached(core)).isFalse();
    }

    private static Map<String, Float> weights(String title, String summary, String body) {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(title, 2.0f);
        weights.put(summary, 1.5f);
        weights.put(body, 1.0f);
        return weights;
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Skewed: common words often, "rare" seldom.
            int word = Math.min(WORDS.length - 1, (int) Math.abs(random.nextGaussian() * 4));
            text.append(i == 0 ? "" : " ").append(WORDS[word]);
        }
        return text.toString();
    }

    private static void add(Document document, String field, String text) {
        if (text != null) {
            document.add(new TextField(field, text, Field.Store.NO));
        }
    }
}
