package org.resourcelibrary.core.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.resourcelibrary.core.schema.Schema;
import org.resourcelibrary.core.lucene.Snapshot;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.lucene.DocumentMapper;
import org.resourcelibrary.core.search.Autocomplete;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * {@link Autocomplete} in the embedded index: facet values over the whole library are counted once per index
 * snapshot, not per keystroke, and titles found by their words.
 */
public final class Suggestions {

    private final FacetCounts facetCounts;
    private final DocumentMapper mapper;
    private volatile Cached cached;

    Suggestions(Vocabulary vocabulary, FacetCounts facetCounts) {
        this.facetCounts = facetCounts;
        this.mapper = new DocumentMapper(vocabulary);
    }

    private record Cached(IndexReader.CacheKey reader, String language, Map<Dimension, List<FacetValue>> values) {
    }

    /** @param thesaurus names of the values besides their labels ({@link Autocomplete#suggest}) */
    List<Suggestion> suggest(Snapshot snapshot, String prefix, int count, String language, Thesaurus thesaurus)
            throws IOException {
        return Autocomplete.suggest(libraryValues(snapshot, language), prefix, count, language, thesaurus,
                (words, wanted) -> titles(snapshot, words, wanted));
    }

    private List<Suggestion> titles(Snapshot snapshot, String[] words, int count) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.length - 1; i++) {
            query.add(new TermQuery(new Term(Schema.TITLE, words[i])), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(Schema.TITLE, words[words.length - 1])), Occur.MUST);
        // Titles that score alike by id, as SolrCloud orders them, rather than by where the index happens to
        // keep them: both backends then suggest the same titles in the same order.
        TopDocs top = snapshot.search(query.build(), count, new Sort(SortField.FIELD_SCORE, new IdOrder()));
        var stored = snapshot.storedFields();
        List<Suggestion> titles = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Resource resource = mapper.toResource(stored.document(hit.doc, Set.of(Schema.RESOURCE)));
            titles.add(new Suggestion(resource.title(), "title", resource.id()));
        }
        return titles;
    }

    private Map<Dimension, List<FacetValue>> libraryValues(Snapshot snapshot, String language) throws IOException {
        Cached current = cached;
        IndexReader.CacheKey key = snapshot.getIndexReader().getReaderCacheHelper() == null ? null
                : snapshot.getIndexReader().getReaderCacheHelper().getKey();
        if (current != null && key != null && current.reader == key && current.language.equals(language)) {
            return current.values;
        }
        Map<Dimension, List<FacetValue>> values = new TreeMap<>();
        if (snapshot.facetOrdinals() != null) {
            FacetTally library = FacetTally.library(snapshot.facetOrdinals());
            SearchRequest request = SearchRequest.builder().labelLanguage(language).build();
            for (Dimension dimension : Autocomplete.SUGGESTED) {
                values.put(dimension, facetCounts.values(library, dimension, request, FacetCounts.ALL));
            }
        }
        cached = new Cached(key, language, values);
        return values;
    }
}
