package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrConnectionTest {

    @Test
    void neitherAddressMeansTheEmbeddedIndex() {
        assertThat(SolrConnection.of(null, " ", null, Map.of())).isEmpty();
    }

    @Test
    void readsSolrUrlsFromTheOptionBeforeTheEnvironment() {
        SolrConnection connection = SolrConnection.of("http://a:8983/solr, http://b:8983/solr", null, null,
                Map.of(SolrConnection.SOLR_ENV, "http://c:8983/solr")).orElseThrow();
        assertThat(connection.solrUrls()).containsExactly("http://a:8983/solr", "http://b:8983/solr");
        assertThat(connection.collection()).isEqualTo(SolrConnection.DEFAULT_COLLECTION);
    }

    @Test
    void readsZooKeeperHostsAndChrootFromTheEnvironment() {
        SolrConnection connection = SolrConnection.of(null, null, null, Map.of(SolrConnection.ZK_ENV,
                "zk1:2181,zk2:2181/solr", SolrConnection.COLLECTION_ENV, "reports")).orElseThrow();
        assertThat(connection.zkHosts()).isEqualTo(List.of("zk1:2181", "zk2:2181"));
        assertThat(connection.zkChroot()).isEqualTo("/solr");
        assertThat(connection.collection()).isEqualTo("reports");
    }

    @Test
    void refusesBothAddresses() {
        assertThatThrownBy(() -> SolrConnection.of("http://a:8983/solr", "zk:2181", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }
}
