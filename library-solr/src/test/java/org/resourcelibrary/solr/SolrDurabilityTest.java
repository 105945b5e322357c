package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.model.ResourceContent;
import org.resourcelibrary.core.search.SearchRequest;
import org.resourcelibrary.core.vocabulary.Vocabulary;
import org.resourcelibrary.samples.synthetic.SyntheticCorpus;

/**
 * A finished write survives the loss of a node: once {@code upsert} and {@code commit} return, the document is read
 * and found with either node of the 2-node cluster down; and while a node is down, a write that only one replica
 * took is reported as not safe (the cluster's fault: retry later) rather than acknowledged. When the node is back it
 * catches up.
 */
@ExtendWith(TestCloud.class)
class SolrDurabilityTest {

    /** Documents past those the parity test loads, so the two tests never share ids. */
    private static final int FIRST = 1_000;

    @Test
    void aCommittedWriteSurvivesTheLossOfANodeAndAnUnreplicatedOneIsRefused() throws Exception {
        List<ResourceContent> two = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, Vocabulary.standard())
                .contents(FIRST + 2).skip(FIRST).toList();
        String kept = two.get(0).resource().id();
        String unsafe = two.get(1).resource().id();
        try (SolrLibrary library = TestCloud.library(Vocabulary.standard())) {
            try {
                library.upsert(two.get(0));
                library.commit();
                JettySolrRunner stopped = TestCloud.cluster().stopJettySolrRunner(0);
                TestCloud.cluster().waitForJettyToStop(stopped);
                try {
                    assertThat(library.get(kept)).isPresent();
                    assertThat(library.search(SearchRequest.builder().query("\"" + two.get(0).resource().title()
                            + "\"").expand(false).build()).hits()).extracting(h -> h.id()).contains(kept);
                    assertThatThrownBy(() -> library.upsert(two.get(1))).isInstanceOf(SolrUnavailableException.class)
                            .hasMessageContaining("only 1 of 2 replicas");
                } finally {
                    TestCloud.cluster().startJettySolrRunner(stopped);
                    TestCloud.cluster().waitForActiveCollection(TestCloud.COLLECTION, TestCloud.SHARDS,
                            TestCloud.SHARDS * TestCloud.REPLICAS);
                }
                library.commit();
                // The leader kept the write a replica missed; the replica recovered it from the leader.
                assertThat(library.get(unsafe)).isPresent();
            } finally {
                library.delete(kept);
                library.delete(unsafe);
                library.commit();
            }
        }
    }
}
