package org.resourcelibrary.solr;

import org.resourcelibrary.core.LibraryUnavailableException;

/**
 * SolrCloud could not answer (no node reachable, ZooKeeper lost, a shard without a live replica): not the caller's
 * fault, and worth retrying later.
 */
public final class SolrUnavailableException extends LibraryUnavailableException {
    private static final long serialVersionUID = 1L;

    public SolrUnavailableException(String message, Exception cause) {
        super(message, cause);
    }
}
