package org.resourcelibrary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

class SolrWorksDocumentsTest {

    @Test
    void theDocumentsAreTheFacetsCountOfEveryEdition() {
        NamedList<Object> documents = new SimpleOrderedMap<>();
        documents.add("count", 5L);
        NamedList<Object> facets = new SimpleOrderedMap<>();
        facets.add(SolrWorks.DOCUMENTS, documents);

        assertThat(SolrWorks.documents(facets, 3)).isEqualTo(5);
    }

    @Test
    void withoutTheFacetsTheWorksFoundAreTheLeastThereIs() {
        assertThat(SolrWorks.documents(null, 3)).isEqualTo(3);
        assertThat(SolrWorks.documents(new SimpleOrderedMap<>(), 0)).isEqualTo(0);
    }
}
