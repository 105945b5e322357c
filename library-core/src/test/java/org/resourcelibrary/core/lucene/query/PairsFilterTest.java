package org.resourcelibrary.core.lucene.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.schema.Analysis;
import org.resourcelibrary.core.schema.Schema;

/** Phrases' word pairs: what the analysis makes of a phrase, and the documents the filter lets through. */
class PairsFilterTest {

    @Test
    void aPhraseIsItsConsecutiveWordsInTheFieldsAnalysis() {
        List<String> neutral = Analysis.phrasePairs(Analysis.neutral(), "Social Workers' training");
        assertThat(neutral).hasSize(2).doesNotHaveDuplicates();
        assertThat(Analysis.phrasePairs(Analysis.neutral(), "social WORKERS")).containsExactly(neutral.get(0));
        assertThat(Analysis.phrasePairs(Analysis.neutral(), "workers social")).doesNotContain(neutral.get(0));
        // Stemmed: "social workers" and "social worker" are one pair in English.
        assertThat(Analysis.phrasePairs(Analysis.forLanguage("en"), "social workers"))
                .isEqualTo(Analysis.phrasePairs(Analysis.forLanguage("en"), "social worker")).hasSize(1);
    }

    @Test
    void aPhraseWithAGapOrOneWordHasNoPairs() {
        // "of" is dropped by the English analysis: the phrase matches any word there, which no pair says.
        assertThat(Analysis.phrasePairs(Analysis.forLanguage("en"), "care of children")).isEmpty();
        assertThat(Analysis.phrasePairs(Analysis.neutral(), "supervision")).isEmpty();
    }

    @Test
    void onlyDocumentsWithEveryPairPass() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, true, "social workers meet", "workers social meet", "social services for workers",
                    "the social workers and their training", "");
            assertThat(passing(directory, "social workers")).containsExactly("0", "3");
            assertThat(passing(directory, "social workers meet")).containsExactly("0");
            assertThat(passing(directory, "workers training")).isEmpty();
        }
    }

    @Test
    void whereSomeDocumentsHaveNoPairsEveryDocumentIsACandidate() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            // One segment from before pairs fields, one with them, one where one text is a single word.
            index(directory, false, "social workers meet", "workers social meet");
            index(directory, true, "social workers again", "nothing here");
            index(directory, true, "social workers once more", "workers");
            assertThat(passing(directory, "social workers")).containsExactly("0", "1", "2", "4", "5");
        }
    }

    /** Indexes one segment of documents with the neutral body (and, when {@code pairs}, its pairs field). */
    private static void index(Directory directory, boolean pairs, String... bodies) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int first = writer.getDocStats().maxDoc;
            for (int i = 0; i < bodies.length; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(first + i), Field.Store.YES));
                doc.add(new TextField(Schema.BODY, bodies[i], Field.Store.NO));
                if (pairs) {
                    doc.add(new TextField(Schema.pairsField(Schema.BODY), bodies[i], Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
    }

    private static List<String> passing(Directory directory, String phrase) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            PairsFilter filter = new PairsFilter(Schema.BODY, Analysis.phrasePairs(Analysis.neutral(), phrase));
            List<String> ids = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(filter, 100, new Sort(SortField.FIELD_DOC)).scoreDocs) {
                ids.add(searcher.storedFields().document(doc.doc).get("id"));
            }
            return ids;
        }
    }
}
