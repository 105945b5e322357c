package org.resourcelibrary.solr.transport;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;

/**
 * What {@link JettyFreeClientTest} runs in a class loader that has no Jetty: a write, a commit, a real-time get, a
 * search and a delete through {@link SolrLibrary}, as the web service would.
 */
public final class JettyFreeProbe {

    /** Synthetic documents past those the other tests load, so no test shares ids. */
    private static final int FIRST = 2_000;

    private JettyFreeProbe() {
    }

    /** Writes one document and returns how many documents a search for its title then found, before deleting it. */
    public static long writeSearchDelete(String zkAddress, String collection) throws IOException {
        ResourceContent content = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, Vocabulary.standard())
                .contents(FIRST + 1).skip(FIRST).findFirst().orElseThrow();
        String id = content.resource().id();
        SolrConnection connection = SolrConnection.of(null, zkAddress, collection, Map.of()).orElseThrow();
        try (SolrLibrary library = connection.open(Vocabulary.standard(), Ranking.DEFAULT)) {
            try {
                library.upsert(content);
                library.commit();
                if (library.get(id).isEmpty()) {
                    return -1;
                }
                List<String> found = library.search(SearchRequest.builder()
                        .query("\"" + content.resource().title() + "\"").expand(false).build())
                        .hits().stream().map(h -> h.id()).filter(id::equals).toList();
                return found.size();
            } finally {
                library.delete(id);
                library.commit();
            }
        }
    }
}
