package org.resourcelibrary.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.resourcelibrary.core.eval.TestCollection.Query;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.LibrarySearch;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Metadata;
import org.resourcelibrary.core.model.MetadataField;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.MemberLanguage;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Runs a test collection's queries through the product's own search (same analysis, ranking, matching and
 * paging) and scores the rankings: over a fresh library indexed from the collection's documents, or over a
 * library already built (such as the sample library), whose documents the judgments name by file name.
 * A query sent with a language is searched as a member reading that language.
 */
public final class Evaluation {

    /** Depth of each ranking, as trec_eval's default. */
    public static final int DEPTH = 1000;
    /** How many first hits the share of other-language relevant documents counts in. */
    public static final int OTHER_LANGUAGE_DEPTH = 20;

    private final Ranking ranking;

    public Evaluation(Ranking ranking) {
        this.ranking = ranking;
    }

    /** A document as the judgments name it, and its language. */
    private record Judged(String name, String language) {
    }

    /** Evaluates {@code collection}, building its index in {@code workDir} (which should be empty). */
    public Effectiveness run(TestCollection collection, Path workDir) throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(workDir, Vocabulary.standard(), ranking)) {
            return run(collection, library);
        }
    }

    /** Evaluates {@code collection} over {@code library} (of any backend, empty), indexing its documents first. */
    public static Effectiveness run(TestCollection collection, Library library) throws IOException {
        Instant added = Instant.parse("2000-01-01T00:00:00Z");
        Map<String, Judged> judged = new HashMap<>();
        for (TestCollection.Document doc : collection.documents()) {
            Map<MetadataField, Object> metadata = new EnumMap<>(MetadataField.class);
            metadata.put(MetadataField.TITLE, doc.title());
            metadata.put(MetadataField.AUTHORS, doc.author() == null ? List.of() : List.of(doc.author()));
            metadata.put(MetadataField.LANGUAGE, doc.language());
            Resource resource = Resource.of(doc.id(), Metadata.of(metadata))
                    .withFile(doc.id() + ".txt", "text/plain", doc.text().length(), null)
                    .withTimes(added, added)
                    .withExtraction(new Extraction("text/plain", doc.text().length(), null, false, null, Map.of()));
            library.upsert(new ResourceContent(resource, List.of(doc.text())));
            judged.put(doc.id(), new Judged(doc.id(), doc.language()));
        }
        library.commit();
        return judge(library, collection, judged);
    }

    /**
     * Evaluates {@code judgments} over a library already built, whose documents they name by file name (a
     * file found at several paths is judged by the name of the one the library keeps).
     */
    public static Effectiveness runOnLibrary(LibrarySearch library, TestCollection judgments) {
        // Every document, editions of one work included: a search's hits are one per work.
        SearchRequest everything = SearchRequest.builder().sort(Sort.TITLE).build();
        long documents = library.count();
        Map<String, Judged> judged = new HashMap<>();
        for (String id : library.rankedIds(everything, (int) Math.min(Integer.MAX_VALUE, Math.max(1, documents)))) {
            library.get(id).ifPresent(resource -> judged.put(id, new Judged(resource.fileName(),
                    resource.language())));
        }
        return judge(library, judgments, judged);
    }

    private static Effectiveness judge(LibrarySearch library, TestCollection collection, Map<String, Judged> byId) {
        Map<String, String> languageOf = new HashMap<>();
        byId.values().forEach(doc -> languageOf.put(doc.name(), doc.language()));
        Map<String, List<String>> runs = new LinkedHashMap<>();
        collection.queries().forEach((qid, query) -> runs.put(qid, rank(library, query).stream()
                .map(id -> byId.containsKey(id) ? byId.get(id).name() : id).toList()));
        Map<String, Map<String, Map<String, Integer>>> qrelsByLanguage = new LinkedHashMap<>();
        int first = 0;
        int withLanguage = 0;
        int otherFound = 0;
        int otherRelevant = 0;
        for (Map.Entry<String, Query> entry : collection.queries().entrySet()) {
            String language = entry.getValue().language();
            Map<String, Integer> gains = collection.qrels().getOrDefault(entry.getKey(), Map.of());
            List<String> ranked = runs.get(entry.getKey());
            if (language == null) {
                continue;
            }
            qrelsByLanguage.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(entry.getKey(), gains);
            if (!ranked.isEmpty()) {
                withLanguage++;
                first += language.equals(languageOf.get(ranked.get(0))) ? 1 : 0;
            }
            List<String> firstHits = ranked.subList(0, Math.min(OTHER_LANGUAGE_DEPTH, ranked.size()));
            for (Map.Entry<String, Integer> gain : gains.entrySet()) {
                if (gain.getValue() > 0 && !Objects.equals(language, languageOf.get(gain.getKey()))) {
                    otherRelevant++;
                    otherFound += firstHits.contains(gain.getKey()) ? 1 : 0;
                }
            }
        }
        Map<String, Metrics> byLanguage = new LinkedHashMap<>();
        qrelsByLanguage.forEach((language, qrels) -> byLanguage.put(language, Metrics.of(runs, qrels)));
        return new Effectiveness(Metrics.of(runs, collection.qrels()), byLanguage, first, withLanguage, otherFound,
                otherRelevant, Metrics.ndcg10ByQuery(runs, collection.qrels()));
    }

    private static List<String> rank(LibrarySearch library, Query query) {
        SearchRequest.Builder request = SearchRequest.builder().query(query.text()).sort(Sort.RELEVANCE);
        if (query.language() != null) {
            request.memberLanguage(MemberLanguage.given(query.language()));
        }
        try {
            return library.rankedIds(request.build(), DEPTH);
        } catch (InvalidRequestException refused) {
            // A query the product refuses (e.g. a leading wildcard) retrieves nothing.
            return List.of();
        }
    }
}
