package org.resourcelibrary.core.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.resourcelibrary.core.index.Schema;
import org.resourcelibrary.core.index.Snapshot;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.index.DocumentMapper;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.FacetValue;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Suggestion;
import org.resourcelibrary.core.thesaurus.Thesaurus;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Autocomplete: facet values (countries, topics, types, regions, organisations) whose label has a word
 * starting with what was typed, then titles that contain the typed words, the last one as a prefix.
 * Facet values over the whole library are counted once per index snapshot, not per keystroke.
 */
public final class Suggestions {

    /** Facet values offered at most, before titles. */
    static final int MAX_FACET_SUGGESTIONS = 4;
    /** Dimensions offered as suggestions, in order. */
    private static final List<Dimension> SUGGESTED = Dimension.suggested();

    private final FacetCounts facetCounts;
    private final DocumentMapper mapper;
    private volatile Cached cached;

    Suggestions(Vocabulary vocabulary, FacetCounts facetCounts) {
        this.facetCounts = facetCounts;
        this.mapper = new DocumentMapper(vocabulary);
    }

    private record Cached(IndexReader.CacheKey reader, String language, Map<Dimension, List<FacetValue>> values) {
    }

    /**
     * @param thesaurus names of the values besides their labels: "Costa de Marfil" suggests Côte d'Ivoire in
     *                  Spanish, where the locale data names it "Côte d’Ivoire"
     */
    List<Suggestion> suggest(Snapshot snapshot, String prefix, int count, String language, Thesaurus thesaurus)
            throws IOException {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || count < 1) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        Map<Dimension, List<FacetValue>> values = libraryValues(snapshot, language);
        for (Dimension dimension : SUGGESTED) {
            List<FacetValue> named = new ArrayList<>(matching(values.getOrDefault(dimension, List.of()), typed,
                    count));
            named.addAll(alsoNamed(thesaurus, dimension, values.getOrDefault(dimension, List.of()), typed, language,
                    named));
            for (FacetValue value : named) {
                if (suggestions.size() < Math.min(count, MAX_FACET_SUGGESTIONS)) {
                    suggestions.add(new Suggestion(value.label(), dimension.param(), value.value()));
                }
            }
        }
        titles(snapshot, typed, count - suggestions.size(), suggestions);
        return suggestions;
    }

    /**
     * Values whose label or code has a word starting with {@code prefix} (folded: case and accents
     * ignored), in their given order; all of them when the prefix is blank; at most {@code count}.
     */
    public static List<FacetValue> matching(List<FacetValue> values, String prefix, int count) {
        String folded = prefix == null ? "" : Vocabulary.fold(prefix);
        List<FacetValue> matches = new ArrayList<>();
        for (FacetValue value : values) {
            if (matches.size() >= count) {
                break;
            }
            if (folded.isEmpty() || startsWord(Vocabulary.fold(value.label()), folded)
                    || Vocabulary.fold(value.value()).startsWith(folded)) {
                matches.add(value);
            }
        }
        return matches;
    }

    /** Values not yet among {@code found} whose other names in the thesaurus, in {@code language}, match. */
    private static List<FacetValue> alsoNamed(Thesaurus thesaurus, Dimension dimension, List<FacetValue> values,
                                              String prefix, String language, List<FacetValue> found) {
        String folded = Vocabulary.fold(prefix);
        List<FacetValue> named = new ArrayList<>();
        for (FacetValue value : values) {
            boolean matches = !found.contains(value) && thesaurus.concept(dimension.param() + ":" + value.value())
                    .map(concept -> concept.labels().stream().anyMatch(label -> label.language().equals(language)
                            && startsWord(Vocabulary.fold(label.text()), folded)))
                    .orElse(false);
            if (matches) {
                named.add(value);
            }
        }
        return named;
    }

    private static boolean startsWord(String text, String prefix) {
        return text.startsWith(prefix) || text.contains(" " + prefix);
    }

    private void titles(Snapshot snapshot, String typed, int count, List<Suggestion> into) throws IOException {
        String[] words = Vocabulary.fold(typed).split(" ");
        if (count < 1 || words.length == 0 || words[0].isEmpty()) {
            return;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.length - 1; i++) {
            query.add(new TermQuery(new Term(Schema.TITLE, words[i])), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(Schema.TITLE, words[words.length - 1])), Occur.MUST);
        TopDocs top = snapshot.search(query.build(), count);
        var stored = snapshot.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            Resource resource = mapper.toResource(stored.document(hit.doc, Set.of(Schema.RESOURCE)));
            into.add(new Suggestion(resource.title(), "title", resource.id()));
        }
    }

    private Map<Dimension, List<FacetValue>> libraryValues(Snapshot snapshot, String language) throws IOException {
        Cached current = cached;
        IndexReader.CacheKey key = snapshot.getIndexReader().getReaderCacheHelper() == null ? null
                : snapshot.getIndexReader().getReaderCacheHelper().getKey();
        if (current != null && key != null && current.reader == key && current.language.equals(language)) {
            return current.values;
        }
        Map<Dimension, List<FacetValue>> values = new EnumMap<>(Dimension.class);
        if (snapshot.facetOrdinals() != null) {
            FacetTally library = FacetTally.library(snapshot.facetOrdinals());
            SearchRequest request = SearchRequest.builder().labelLanguage(language).build();
            for (Dimension dimension : SUGGESTED) {
                values.put(dimension, facetCounts.values(library, dimension, request, FacetCounts.ALL));
            }
        }
        cached = new Cached(key, language, values);
        return values;
    }
}
