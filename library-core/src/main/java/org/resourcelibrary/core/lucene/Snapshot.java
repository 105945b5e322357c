package org.resourcelibrary.core.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A point-in-time view of the index: a searcher plus the facet ordinals read once for its reader
 * (reading them per request would cost milliseconds on every search).
 */
public final class Snapshot extends IndexSearcher {

    private final FacetOrdinals facetOrdinals;

    Snapshot(IndexReader reader, Similarity similarity) throws IOException {
        super(reader);
        setSimilarity(similarity);
        this.facetOrdinals = FacetOrdinals.read(reader);
    }

    /** Facet values of this view as ordinals, or null when no document has facets yet. */
    public FacetOrdinals facetOrdinals() {
        return facetOrdinals;
    }

    /** Creates snapshots for a {@code SearcherManager}. */
    static SearcherFactory factory(Similarity similarity) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new Snapshot(reader, similarity);
            }
        };
    }
}
