package org.resourcelibrary.solr.transport;

import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider;

/** The cluster's state read from its nodes' Collections API (the {@code --solr URL} setting), over the JDK client. */
final class JdkClusterStateProvider extends BaseHttpClusterStateProvider {

    private final JdkNodeClients nodes;

    JdkClusterStateProvider(List<String> solrUrls, JdkNodeClients nodes) {
        this.nodes = nodes;
        try {
            initConfiguredNodes(solrUrls);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("none of the Solr nodes " + solrUrls + " answered: " + e.getMessage(), e);
        }
    }

    /** A client for one request: SolrJ closes it afterwards, so not the kept one the load balancer uses. */
    @Override
    protected SolrClient getSolrClient(String baseUrl) {
        return nodes.fresh(baseUrl);
    }
}
