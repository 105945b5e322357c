package org.resourcelibrary.core.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A point-in-time view of the index: a searcher plus the facet ordinal state built once for its reader
 * (building it per request would cost milliseconds on every search).
 */
public final class Snapshot extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Set<String> facetDimensions;

    Snapshot(IndexReader reader, Similarity similarity) throws IOException {
        super(reader);
        setSimilarity(similarity);
        this.facetState = facetState(reader);
        Set<String> dimensions = new HashSet<>();
        if (facetState != null) {
            facetState.getDims().forEach(dimensions::add);
        }
        this.facetDimensions = Set.copyOf(dimensions);
    }

    /** Facet dimensions that at least one document of this view has (counting others would fail). */
    public Set<String> facetDimensions() {
        return facetDimensions;
    }

    /** Facet ordinals of this view, or null when no document has facets yet. */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, Schema.facets());
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
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
