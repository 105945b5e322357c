package org.resourcelibrary.solr;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resourcelibrary.core.Library;
import org.resourcelibrary.core.search.DrillSidewaysCountsTest;
import org.resourcelibrary.core.vocabulary.Vocabulary;

/**
 * The embedded backend's drill-sideways contract on SolrCloud: the same random library, written to a collection of
 * 2 shards × 2 replicas of its own, and the same random searches, their totals and every facet's counts (a
 * dimension's own selection left out of its counts, countries under their regions) against brute force.
 */
@ExtendWith(TestCloud.class)
class SolrDrillSidewaysCountsTest extends DrillSidewaysCountsTest {

    private static final String COLLECTION = "drill-sideways";

    @Override
    protected Library open(Path dir) throws IOException {
        return TestCloud.library(COLLECTION, Vocabulary.standard());
    }
}
