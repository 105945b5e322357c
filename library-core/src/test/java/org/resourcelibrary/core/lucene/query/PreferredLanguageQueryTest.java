package org.resourcelibrary.core.lucene.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.search.Dimension;

/** The member's language preferred: exactly the scores of Lucene's boost by query, however they are collected. */
class PreferredLanguageQueryTest {

    private static final String[] WORDS = {"supervision", "social", "workers", "training", "budget"};
    private static final String[] LANGUAGES = {"en", "fr", "es"};
    private static final Term FRENCH = new Term(Schema.keywordField(Dimension.LANGUAGE), "fr");
    private static final float WEIGHT = 1.7f;

    @Test
    void aDisjunctionOfWordsScoresAsABoostByQuery() throws IOException {
        Query words = anyWord();
        assertSameScores(new PreferredLanguageQuery(words, FRENCH, WEIGHT),
                FunctionScoreQuery.boostByQuery(words, new TermQuery(FRENCH), WEIGHT), true);
    }

    @Test
    void aQueryWithinAnotherScoresAsABoostByQuery() throws IOException {
        // Within a conjunction the wrapped query is scored document by document, not collected in bulk.
        Query words = anyWord();
        assertSameScores(within(new PreferredLanguageQuery(words, FRENCH, WEIGHT)),
                within(FunctionScoreQuery.boostByQuery(words, new TermQuery(FRENCH), WEIGHT)), true);
    }

    @Test
    void aLanguageNoDocumentIsInChangesNoScore() throws IOException {
        Query words = anyWord();
        assertSameScores(new PreferredLanguageQuery(words, new Term(FRENCH.field(), "pt"), WEIGHT), words, false);
    }

    private static Query anyWord() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : WORDS) {
            any.add(new TermQuery(new Term(Schema.BODY, word)), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query within(Query query) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(new MatchAllDocsQuery(), Occur.FILTER).build();
    }

    /** @param preferring whether some matching documents are in the preferred language */
    private static void assertSameScores(Query query, Query expected, boolean preferring) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            // Two segments, so that each is asked which of its documents are in the language.
            index(directory, 0);
            index(directory, 1);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<Integer, Float> scores = scores(searcher, query);
                assertThat(scores).hasSizeGreaterThan(20).isEqualTo(scores(searcher, expected));
                if (preferring) {
                    assertThat(scores).as("the preference changes scores").isNotEqualTo(scores(searcher, anyWord()));
                }
            }
        }
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, 1_000).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    /** One segment of documents, each with some of the words, some more than once, in one of the languages. */
    private static void index(Directory directory, int segment) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 30; i++) {
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < WORDS.length; w++) {
                    body.append((" " + WORDS[w]).repeat((i + segment) * (w + 1) % 4));
                }
                Document doc = new Document();
                doc.add(new TextField(Schema.BODY, body.toString(), Field.Store.NO));
                doc.add(new StringField(FRENCH.field(), LANGUAGES[(i + segment) % LANGUAGES.length], Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }
}
