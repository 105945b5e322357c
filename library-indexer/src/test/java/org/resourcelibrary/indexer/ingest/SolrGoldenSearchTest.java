package org.resourcelibrary.indexer.ingest;

import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.lucene.LuceneLibrary;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.indexer.cli.solr.LocalSolrCloudExtension;
import org.resourcelibrary.solr.SolrCollections;
import org.resourcelibrary.solr.SolrConnection;
import org.resourcelibrary.solr.SolrLibrary;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.solr.imports.LibraryImport;

/**
 * The golden searches on SolrCloud: the sample library, ingested embedded and moved by {@code solr import} into a
 * collection of 2 shards × 2 replicas on two real Solr nodes (a child JVM), answers every golden entry as the
 * embedded index does, but for the known gaps (its {@code backendNotes} say most).
 */
class SolrGoldenSearchTest extends GoldenSearchTest {

    private static final String COLLECTION = "golden";

    @RegisterExtension
    static final LocalSolrCloudExtension SOLR = new LocalSolrCloudExtension(2);

    @Override
    Library open(IngestedSampleLibrary sample) throws Exception {
        SolrConnection connection = SolrConnection.of(null, SOLR.zkAddress(), COLLECTION, Map.of()).orElseThrow()
                .waitingAtLeast(SolrCollections.INIT_TIMEOUT);
        try (CloudSolrClient client = connection.connect()) {
            new SolrCollections(client).init(COLLECTION, Configset.generate(Ranking.DEFAULT), 2, 2);
        }
        SolrLibrary solr = connection.open(Vocabulary.standard(), Ranking.DEFAULT);
        try (LuceneLibrary embedded = LuceneLibrary.openReadOnly(sample.library.data().index(),
                Vocabulary.standard())) {
            new LibraryImport(embedded, solr).run();
        }
        return solr;
    }

    /**
     * SolrCloud declares that the order of hits may differ a little (its ranking note): two golden top hits of close
     * scores ("boîte à outils gestion des cas") came in either order from one run to the next (why was not traced;
     * each shard scores with its own term statistics).
     */
    @Override
    boolean keepsTopOrder() {
        return false;
    }

    @Override
    Map<String, String> knownGaps() {
        return Map.of(
                "snippet page: a word only on slide 7 of a deck", "the passage Solr's highlighter picks for the "
                        + "snippet lies on another page; why is not known yet");
    }
}
