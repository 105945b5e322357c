package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * {@code library solr init} on a real SolrCloud: made once, then left alone; another configset, or a collection not
 * routed by work, is refused, and a library is not opened on one but to copy from it.
 */
@ExtendWith(TestCloud.class)
class SolrCollectionsTest {

    private static final String ROUTED_BY_ID = "routed-by-id";

    private final SolrCollections collections = new SolrCollections(TestCloud.cluster().getSolrClient());

    @Test
    void initIsIdempotent() throws Exception {
        Configset configset = Configset.generate(Ranking.DEFAULT);
        assertThat(collections.init(TestCloud.COLLECTION, configset, TestCloud.SHARDS, TestCloud.REPLICAS))
                .isEqualTo(SolrCollections.Outcome.ALREADY_THERE);
    }

    @Test
    void refusesACollectionOfAnotherConfigsetSayingHowToUpgrade() {
        Ranking other = new Ranking(2.0f, 1.5f, 1.0f, 0.6f, 0.2f, 0.3f, 8, 0.4f, 1.5f, 0.75f, 1.5f);
        assertThatThrownBy(() -> collections.init(TestCloud.COLLECTION, Configset.generate(other), 1, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Configset.generate(Ranking.DEFAULT).name())
                .hasMessageContaining("library solr init --collection NEW");
    }

    @Test
    void refusesACollectionRoutedByIdAsBeforeWorksSayingHowToUpgrade() throws Exception {
        Configset configset = Configset.generate(Ranking.DEFAULT);

        assertThatThrownBy(() -> collections.init(routedById(), configset, 1, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("routed by id")
                .hasMessageContaining("routed by " + SolrFields.WORK_KEY)
                .hasMessageContaining("library solr init --collection NEW");
    }

    @Test
    void aLibraryIsNotServedFromACollectionRoutedByIdButCanBeCopiedFromIt() throws Exception {
        SolrConnection old = TestCloud.connection().inCollection(routedById());

        assertThatThrownBy(() -> old.open(Vocabulary.standard(), Ranking.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("routed by id, not by work")
                .hasMessageContaining("library solr import --from-collection OLD --collection NEW");
        try (SolrLibrary source = old.openToCopyFrom(Vocabulary.standard())) {
            assertThat(source.collection()).isEqualTo(ROUTED_BY_ID);
        }
    }

    /** A collection made as they were before works were grouped: routed by id. */
    private static synchronized String routedById() throws Exception {
        CloudSolrClient client = TestCloud.cluster().getSolrClient();
        if (!CollectionAdminRequest.listCollections(client).contains(ROUTED_BY_ID)) {
            CollectionAdminRequest.Create byId = CollectionAdminRequest.createCollection(ROUTED_BY_ID,
                    Configset.generate(Ranking.DEFAULT).name(), 1, 1);
            byId.setWaitForFinalState(true);
            byId.process(client);
        }
        return ROUTED_BY_ID;
    }
}
