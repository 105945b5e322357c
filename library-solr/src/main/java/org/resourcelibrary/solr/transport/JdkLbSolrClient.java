package org.resourcelibrary.solr.transport;

import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;

/**
 * SolrJ's load balancer (tries the replicas in turn, sets aside a node that fails and checks it again later) over the
 * JDK's HTTP client.
 */
final class JdkLbSolrClient extends LBSolrClient {
    private static final long serialVersionUID = 1L;

    private final transient JdkNodeClients nodes;

    JdkLbSolrClient(JdkNodeClients nodes) {
        super(List.of());
        this.nodes = nodes;
    }

    @Override
    protected SolrClient getClient(String url) {
        return nodes.at(url);
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
        return nodes.at(endpoint.getUrl());
    }
}
