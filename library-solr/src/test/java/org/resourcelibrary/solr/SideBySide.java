package org.resourcelibrary.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The embedded index (in a directory of its own) and a SolrCloud collection written the same way, so that a test
 * compares what the two backends answer over the same documents.
 */
final class SideBySide implements AutoCloseable {

    /** What a test writes, the same to each backend. */
    interface Writes {
        void to(Library library) throws IOException;
    }

    private final Path dir;
    private final LuceneLibrary lucene;
    private final SolrLibrary solr;

    private SideBySide(Path dir, LuceneLibrary lucene, SolrLibrary solr) {
        this.dir = dir;
        this.lucene = lucene;
        this.solr = solr;
    }

    /** Both backends holding {@code documents}, committed. */
    static SideBySide holding(SolrLibrary solr, List<ResourceContent> documents, Vocabulary vocabulary)
            throws IOException {
        return writing(solr, vocabulary, library -> {
            for (ResourceContent content : documents) {
                library.upsert(content);
            }
            library.commit();
        });
    }

    /** Both backends, each written by {@code writes}: first the embedded index, then the collection. */
    static SideBySide writing(SolrLibrary solr, Vocabulary vocabulary, Writes writes) throws IOException {
        Path dir = Files.createTempDirectory("lucene-beside-solr");
        SideBySide both = new SideBySide(dir, LuceneLibrary.open(dir, vocabulary), solr);
        for (Library library : List.of(both.lucene, both.solr)) {
            writes.to(library);
        }
        return both;
    }

    LuceneLibrary lucene() {
        return lucene;
    }

    SolrLibrary solr() {
        return solr;
    }

    @Override
    public void close() throws IOException {
        lucene.close();
        solr.close();
        PathUtils.deleteDirectory(dir);
    }
}
