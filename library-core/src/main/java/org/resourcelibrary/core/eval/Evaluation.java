package org.resourcelibrary.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.index.LuceneLibrary;
import org.resourcelibrary.core.model.Extraction;
import org.resourcelibrary.core.model.Resource;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.query.Ranking;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.search.Sort;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * Indexes a test collection into a fresh library and runs its queries through the product's own search
 * (same analysis, ranking, matching and paging), then scores the rankings.
 */
public final class Evaluation {

    /** Depth of each ranking, as trec_eval's default. */
    public static final int DEPTH = 1000;

    private final Ranking ranking;

    public Evaluation(Ranking ranking) {
        this.ranking = ranking;
    }

    /** Evaluates {@code collection}, building its index in {@code workDir} (which should be empty). */
    public Metrics run(TestCollection collection, Path workDir) throws IOException {
        try (LuceneLibrary library = LuceneLibrary.open(workDir, Vocabulary.standard(), ranking)) {
            Instant added = Instant.parse("2000-01-01T00:00:00Z");
            for (TestCollection.Document doc : collection.documents()) {
                Resource resource = new Resource(doc.id(), doc.title(), null, List.of(),
                        doc.author() == null ? List.of() : List.of(doc.author()), List.of(), List.of(), null,
                        doc.language(), null, null, doc.id() + ".txt", "text/plain", doc.text().length(), null,
                        List.of(), added, added, Map.of(), new Extraction("text/plain", doc.text().length(), null,
                        false, null, Map.of()), null);
                library.upsert(new ResourceContent(resource, List.of(doc.text())));
            }
            library.commit();
            Map<String, List<String>> runs = new LinkedHashMap<>();
            collection.queries().forEach((qid, text) -> runs.put(qid, rank(library, text)));
            return Metrics.of(runs, collection.qrels());
        }
    }

    private static List<String> rank(LuceneLibrary library, String query) {
        try {
            return library.rankedIds(SearchRequest.builder().query(query).sort(Sort.RELEVANCE).build(), DEPTH);
        } catch (InvalidRequestException refused) {
            // A query the product refuses (e.g. a leading wildcard) retrieves nothing.
            return List.of();
        }
    }
}
