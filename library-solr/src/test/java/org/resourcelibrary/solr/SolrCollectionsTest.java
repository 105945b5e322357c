package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.search.query.Ranking;
import org.resourcelibrary.solr.configset.Configset;
import org.resourcelibrary.solr.configset.SolrFields;

/**
 * {@code library solr init} on a real SolrCloud: made once, then left alone; another configset, or a collection not
 * routed by work, is refused.
 */
@ExtendWith(TestCloud.class)
class SolrCollectionsTest {

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
        CollectionAdminRequest.Create byId = CollectionAdminRequest.createCollection("routed-by-id", configset.name(),
                1, 1);
        byId.setWaitForFinalState(true);
        byId.process(TestCloud.cluster().getSolrClient());

        assertThatThrownBy(() -> collections.init("routed-by-id", configset, 1, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("routed by id")
                .hasMessageContaining("routed by " + SolrFields.WORK_KEY)
                .hasMessageContaining("library solr init --collection NEW");
    }
}
