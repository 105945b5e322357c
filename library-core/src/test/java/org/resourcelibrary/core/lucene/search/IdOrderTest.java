package org.resourcelibrary.core.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.schema.Schema;

/** Ties broken by {@link IdOrder} come in the order of Lucene's string sort, page after page. */
class IdOrderTest {

    @Test
    void ordersTiesAsTheStringSortAcrossSegmentsAndPages() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            Random random = new Random(5);
            List<String> all = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 3000; i++) {
                    String id = Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
                    all.add(id);
                    Document doc = new Document();
                    doc.add(new StringField("key", id, StringField.Store.NO));
                    doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
                    doc.add(new NumericDocValuesField("group", random.nextInt(7))); // many ties
                    writer.addDocument(doc);
                    if (i % 400 == 399) {
                        writer.commit();
                    }
                }
                for (int i = 0; i < 3000; i += 11) {
                    writer.deleteDocuments(new Term("key", all.get(i)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(5);
                IndexSearcher searcher = new IndexSearcher(reader);
                SortField group = new SortField("group", SortField.Type.INT, true);
                Sort lucene = new Sort(group, new SortField(Schema.ID, SortField.Type.STRING));
                Sort ours = new Sort(group, new IdOrder());
                for (int size : List.of(1, 10, 100, 1000, 5000)) {
                    assertThat(ids(searcher.search(new MatchAllDocsQuery(), size, ours)))
                            .as("top %d", size).isEqualTo(ids(searcher.search(new MatchAllDocsQuery(), size, lucene)));
                }
                // Deep paging: each page after the last hit of the one before.
                FieldDoc after = null;
                List<String> paged = new ArrayList<>();
                for (int page = 0; page < 25; page++) {
                    TopDocs docs = searcher.searchAfter(after, new MatchAllDocsQuery(), 97, ours);
                    paged.addAll(ids(docs));
                    after = (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1];
                }
                assertThat(paged).isEqualTo(ids(searcher.search(new MatchAllDocsQuery(), 25 * 97, lucene)));
            }
        }
    }

    private static List<String> ids(TopDocs docs) {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : docs.scoreDocs) {
            ids.add(((BytesRef) ((FieldDoc) doc).fields[1]).utf8ToString());
        }
        return ids;
    }
}
